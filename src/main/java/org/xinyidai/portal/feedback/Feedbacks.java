package org.xinyidai.portal.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The feedback table; also the per-address counter the rate limit reads, so it holds across nodes. */
@Repository
public class Feedbacks {

    private static final String COLUMNS = """
            select id, site_code, kind, body, contact, client_ip, status, reply, replied_by, replied_at, reply_sms,
                   created_at
            from portal_feedback""";
    private static final int LIMIT = 200;

    private final JdbcClient jdbc;
    private final ZoneId zone;

    Feedbacks(JdbcClient jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    long insert(String siteCode, FeedbackType type, String text, String contact, String clientIp, OffsetDateTime at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into portal_feedback (site_code, kind, body, contact, client_ip, status, created_at)
                values (:site, :kind, :body, :contact, :ip, 'NEW', :at)
                """)
                .param("site", siteCode).param("kind", type.name()).param("body", text).param("contact", contact)
                .param("ip", clientIp).param("at", at)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    long countFromAddressSince(String clientIp, OffsetDateTime since) {
        return jdbc.sql("select count(*) from portal_feedback where client_ip = :ip and created_at > :since")
                .param("ip", clientIp).param("since", since).query(Long.class).single();
    }

    void reply(long id, String reply, String repliedBy, boolean sms, OffsetDateTime at) {
        jdbc.sql("""
                update portal_feedback set status = 'HANDLED', reply = :reply, replied_by = :by, reply_sms = :sms,
                       replied_at = :at
                where id = :id
                """)
                .param("reply", reply).param("by", repliedBy).param("sms", sms).param("at", at).param("id", id)
                .update();
    }

    public Optional<Feedback> find(long id) {
        return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(this::map).optional();
    }

    /** Newest first, at most 200. Conditions are added only for the filters set (fixed text, bound values). */
    public List<Feedback> find(FeedbackFilter filter) {
        StringBuilder sql = new StringBuilder(COLUMNS).append(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.status() != null) {
            sql.append(" and status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.type() != null) {
            sql.append(" and kind = :kind");
            params.put("kind", filter.type().name());
        }
        if (filter.site() != null) {
            sql.append(" and site_code = :site");
            params.put("site", filter.site());
        }
        sql.append(" order by created_at desc, id desc limit ").append(LIMIT);
        return jdbc.sql(sql.toString()).params(params).query(this::map).list();
    }

    public long countNew() {
        return jdbc.sql("select count(*) from portal_feedback where status = 'NEW'").query(Long.class).single();
    }

    private Feedback map(ResultSet rs, int row) throws SQLException {
        return new Feedback(rs.getLong("id"), rs.getString("site_code"), FeedbackType.valueOf(rs.getString("kind")),
                rs.getString("body"), rs.getString("contact"), rs.getString("client_ip"),
                FeedbackStatus.valueOf(rs.getString("status")), rs.getString("reply"), rs.getString("replied_by"),
                local(rs, "replied_at"), rs.getBoolean("reply_sms"), local(rs, "created_at"));
    }

    private LocalDateTime local(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.atZoneSameInstant(zone).toLocalDateTime();
    }
}
