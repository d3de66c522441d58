package org.xinyidai.enterprise.registry;

import java.time.OffsetDateTime;

/** One line of an enterprise's authentication history. */
public record HistoryEntry(ReviewKind kind, ReviewDecision decision, String reason, long accountId,
                           Long reviewerAccountId, OffsetDateTime at) {
}
