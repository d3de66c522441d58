package org.xinyidai.enterprise.registry;

import java.time.OffsetDateTime;

/** An account asking to be bound to an enterprise someone else added. */
public record PendingClaim(long enterpriseId, long accountId, OffsetDateTime since) {
}
