package org.xinyidai.audit.log;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.xinyidai.audit.Operation;
import org.xinyidai.audit.OperationLog;

/**
 * Writes the operation log: inserts only (on PostgreSQL a trigger refuses anything else), with the client's
 * address taken from the request being served, and the detail cut to what the column holds.
 */
@Service
class AppendOnlyOperationLog implements OperationLog {

    private static final int DETAIL_LIMIT = 512;

    private final JdbcClient jdbc;
    private final Clock clock;

    AppendOnlyOperationLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void record(Operation operation) {
        jdbc.sql("""
                insert into audit_operation (occurred_at, actor_id, actor_name, actor_role, action, target_type,
                                             target_id, client_ip, result, detail)
                values (:at, :actorId, :actorName, :actorRole, :action, :targetType, :targetId, :ip, :result, :detail)
                """)
                .param("at", OffsetDateTime.now(clock))
                .param("actorId", operation.actorId())
                .param("actorName", operation.actorName() == null ? "-" : operation.actorName())
                .param("actorRole", operation.actorRole())
                .param("action", operation.action())
                .param("targetType", operation.targetType())
                .param("targetId", operation.targetId())
                .param("ip", currentClientIp())
                .param("result", operation.success() ? "SUCCESS" : "FAILURE")
                .param("detail", truncate(operation.detail()))
                .update();
    }

    private static String currentClientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= DETAIL_LIMIT ? detail : detail.substring(0, DETAIL_LIMIT);
    }
}
