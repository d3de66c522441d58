package org.xinyidai.audit.log;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xinyidai.shared.Like;
import org.xinyidai.shared.Page;
import org.xinyidai.shared.PageRequest;

/** Reads the operation log; there is deliberately no way to change or remove a row. */
@Repository
public class AuditEntries {

    private final JdbcClient jdbc;
    private final ZoneId zone;

    AuditEntries(JdbcClient jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    /** One page of the entries found, newest first, and how many there are in all. */
    public Page<AuditEntry> find(AuditSearch search, PageRequest page) {
        Where where = where(search);
        long total = where.bind(jdbc.sql("select count(*) from audit_operation" + where.sql())).query(Long.class)
                .single();
        JdbcClient.StatementSpec spec = jdbc.sql("""
                select id, occurred_at, actor_id, actor_name, actor_role, action, target_type, target_id, client_ip,
                       result, detail
                from audit_operation""" + where.sql() + " order by occurred_at desc, id desc limit :limit offset :offset")
                .param("limit", page.size())
                .param("offset", page.offset());
        return new Page<>(where.bind(spec).query(AuditEntry.class).list().stream().map(e -> e.inZone(zone)).toList(),
                total, page);
    }

    /** The actions that occur in the log, for the filter's choices. */
    public List<String> actions() {
        return jdbc.sql("select distinct action from audit_operation order by action").query(String.class).list();
    }

    private Where where(AuditSearch search) {
        Where where = new Where();
        if (AuditSearch.has(search.actor())) {
            where.add("actor_name like :actor" + Like.ESCAPE, "actor", Like.contains(search.actor().trim()));
        }
        if (AuditSearch.has(search.action())) {
            where.add("action = :action", "action", search.action());
        }
        if (AuditSearch.has(search.result())) {
            where.add("result = :result", "result", search.result());
        }
        if (search.from() != null) {
            where.add("occurred_at >= :from", "from", search.from().atStartOfDay(zone).toOffsetDateTime());
        }
        if (search.to() != null) {
            where.add("occurred_at < :to", "to", search.to().plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(zone)
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
