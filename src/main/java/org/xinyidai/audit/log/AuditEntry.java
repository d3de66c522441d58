package org.xinyidai.audit.log;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/** One row of the operation log as the admin page shows it. */
public record AuditEntry(long id, OffsetDateTime occurredAt, Long actorId, String actorName, String actorRole,
                         String action, String targetType, String targetId, String clientIp, String result,
                         String detail) {

    /** The same entry with its time shown in the platform's zone (PostgreSQL hands back UTC). */
    AuditEntry inZone(ZoneId zone) {
        return new AuditEntry(id, occurredAt.atZoneSameInstant(zone).toOffsetDateTime(), actorId, actorName, actorRole,
                action, targetType, targetId, clientIp, result, detail);
    }

    public boolean succeeded() {
        return "SUCCESS".equals(result);
    }
}
