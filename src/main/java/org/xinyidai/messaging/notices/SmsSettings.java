package org.xinyidai.messaging.notices;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xinyidai.messaging.MessageType;

/** Per account and message type: SMS on or off. A type without a row follows its default. */
@Repository
class SmsSettings {

    private final JdbcClient jdbc;

    SmsSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean smsOn(long accountId, MessageType type) {
        return jdbc.sql("select enabled from messaging_sms_setting where account_id = :account and type = :type")
                .param("account", accountId).param("type", type.name())
                .query(Boolean.class).optional().orElse(type.smsByDefault());
    }

    /** Every type, in declaration order, with the person's choice or the default. */
    Map<MessageType, Boolean> of(long accountId) {
        Map<MessageType, Boolean> settings = new EnumMap<>(MessageType.class);
        for (MessageType type : MessageType.values()) {
            settings.put(type, type.smsByDefault());
        }
        jdbc.sql("select type, enabled from messaging_sms_setting where account_id = :account")
                .param("account", accountId)
                .query((rs, row) -> Map.entry(rs.getString("type"), rs.getBoolean("enabled")))
                .list().forEach(e -> known(e.getKey()).ifPresent(type -> settings.put(type, e.getValue())));
        return settings;
    }

    /** Delete and insert: portable, and both run in the caller's transaction. */
    void save(long accountId, MessageType type, boolean enabled) {
        jdbc.sql("delete from messaging_sms_setting where account_id = :account and type = :type")
                .param("account", accountId).param("type", type.name()).update();
        jdbc.sql("insert into messaging_sms_setting (account_id, type, enabled) values (:account, :type, :enabled)")
                .param("account", accountId).param("type", type.name()).param("enabled", enabled).update();
    }

    private static Optional<MessageType> known(String name) {
        try {
            return Optional.of(MessageType.valueOf(name));
        } catch (IllegalArgumentException removed) {
            return Optional.empty();
        }
    }
}
