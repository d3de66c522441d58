package org.xinyidai.audit.web;

import java.time.OffsetDateTime;

/** One row of the operation log as the admin page shows it. */
record AuditEntry(long id, OffsetDateTime occurredAt, Long actorId, String actorName, String actorRole, String action,
                  String targetType, String targetId, String clientIp, String result, String detail) {

    boolean succeeded() {
        return "SUCCESS".equals(result);
    }
}
