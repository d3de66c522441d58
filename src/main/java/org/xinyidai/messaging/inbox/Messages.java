package org.xinyidai.messaging.inbox;

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
import org.xinyidai.messaging.MessageType;
import org.xinyidai.shared.PageRequest;

/**
 * The message table. Every read and write names the recipient in its where clause, so one person's
 * message id is, for anyone else, a message that does not exist.
 */
@Repository
class Messages {

    private static final String COLUMNS = """
            select id, recipient_account_id, type, text_key, args, link, created_at, read_at
            from messaging_message""";

    private final JdbcClient jdbc;
    private final ZoneId zone;

    Messages(JdbcClient jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    long insert(long recipient, MessageType type, String textKey, List<String> args, String link, OffsetDateTime at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into messaging_message (recipient_account_id, type, text_key, args, link, created_at)
                values (:recipient, :type, :key, :args, :link, :at)
                """)
                .param("recipient", recipient).param("type", type.name()).param("key", textKey)
                .param("args", TextArguments.join(args)).param("link", link).param("at", at)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Message> find(long id, long recipient) {
        return jdbc.sql(COLUMNS + " where id = :id and recipient_account_id = :recipient")
                .param("id", id).param("recipient", recipient).query(this::map).optional();
    }

    /** One page of a person's messages, newest first. */
    List<Message> page(long recipient, MessageFilter filter, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String sql = COLUMNS + where(recipient, filter, params) + " order by created_at desc, id desc"
                + " limit " + page.size() + " offset " + page.offset();
        return jdbc.sql(sql).params(params).query(this::map).list();
    }

    long count(long recipient, MessageFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from messaging_message" + where(recipient, filter, params))
                .params(params).query(Long.class).single();
    }

    long countUnread(long recipient) {
        return jdbc.sql("select count(*) from messaging_message where recipient_account_id = :recipient and read_at is null")
                .param("recipient", recipient).query(Long.class).single();
    }

    /** @return whether the message is the recipient's (read before or not) */
    boolean markRead(long id, long recipient, OffsetDateTime at) {
        jdbc.sql("""
                update messaging_message set read_at = :at
                where id = :id and recipient_account_id = :recipient and read_at is null
                """)
                .param("at", at).param("id", id).param("recipient", recipient).update();
        return find(id, recipient).isPresent();
    }

    int markAllRead(long recipient, OffsetDateTime at) {
        return jdbc.sql("update messaging_message set read_at = :at where recipient_account_id = :recipient and read_at is null")
                .param("at", at).param("recipient", recipient).update();
    }

    /** Fixed text per filter set, values bound. */
    private static String where(long recipient, MessageFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where recipient_account_id = :recipient");
        params.put("recipient", recipient);
        if (filter.type() != null) {
            where.append(" and type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.state() == ReadState.UNREAD) {
            where.append(" and read_at is null");
        } else if (filter.state() == ReadState.READ) {
            where.append(" and read_at is not null");
        }
        return where.toString();
    }

    private Message map(ResultSet rs, int row) throws SQLException {
        return new Message(rs.getLong("id"), rs.getLong("recipient_account_id"), MessageType.valueOf(rs.getString("type")),
                rs.getString("text_key"), TextArguments.split(rs.getString("args")),
                rs.getString("link"), local(rs, "created_at"), local(rs, "read_at"));
    }

    private LocalDateTime local(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.atZoneSameInstant(zone).toLocalDateTime();
    }
}
