package org.xinyidai.enterprise.authentication;

import java.time.OffsetDateTime;
import org.xinyidai.enterprise.registry.ReviewKind;

/** One line of the advisor's 企业认证审核 queue: certificates to check, or a claim. */
public record QueueItem(long enterpriseId, String name, String uscc, boolean usccCheckOk, ReviewKind kind,
                        long accountId, OffsetDateTime since) {
}
