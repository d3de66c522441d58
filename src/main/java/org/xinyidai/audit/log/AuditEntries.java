package org.xinyidai.audit.web;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xinyidai.shared.Like;

/** Reads the operation log; there is deliberately no way to change or remove a row. */
@Repository
class AuditEntries {

    private final JdbcClient jdbc;
    private final ZoneId zone;

    AuditEntries(JdbcClient jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    List<AuditEntry> find(AuditFilter filter) {
        Where where = where(filter);
        JdbcClient.StatementSpec spec = jdbc.sql("""
                select id, occurred_at, actor_id, actor_name, actor_role, action, target_type, target_id, client_ip,
                       result, detail
                from audit_operation""" + where.sql() + " order by occurred_at desc, id desc limit :limit offset :offset")
                .param("limit", AuditFilter.PAGE_SIZE)
                .param("offset", (filter.pageOrFirst() - 1) * AuditFilter.PAGE_SIZE);
        return where.bind(spec).query(AuditEntry.class).list().stream().map(e -> e.inZone(zone)).toList();
    }

    long count(AuditFilter filter) {
        Where where = where(filter);
        return where.bind(jdbc.sql("select count(*) from audit_operation" + where.sql())).query(Long.class).single();
    }

    List<String> actions() {
        return jdbc.sql("select distinct action from audit_operation order by action").query(String.class).list();
    }

    private Where where(AuditFilter filter) {
        Where where = new Where();
        if (filter.has(filter.actor())) {
            where.add("actor_name like :actor" + Like.ESCAPE, "actor", Like.contains(filter.actor().trim()));
        }
        if (filter.has(filter.action())) {
            where.add("action = :action", "action", filter.action());
        }
        if (filter.has(filter.result())) {
            where.add("result = :result", "result", filter.result());
        }
        if (filter.from() != null) {
            where.add("occurred_at >= :from", "from", filter.from().atStartOfDay(zone).toOffsetDateTime());
        }
        if (filter.to() != null) {
            where.add("occurred_at < :to", "to", filter.to().plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(zone)
                    .toOffsetDateTime());
        }
        return where;
    }

    /** Conditions with named parameters only: user input never becomes SQL text. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object[]> params = new ArrayList<>();

        void add(String condition, String name, Object value) {
            conditions.add(condition);
            params.add(new Object[] {name, value});
        }

        String sql() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            for (Object[] p : params) {
                spec = spec.param((String) p[0], p[1]);
            }
            return spec;
        }
    }
}
