package org.xinyidai.messaging.texts;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.xinyidai.messaging.inbox.TextArguments;

/** The texts staff actions sent, kept for the daily cap per number. */
@Repository
class Texts {

    private final JdbcClient jdbc;

    Texts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String phone, String textKey, List<String> args, OffsetDateTime at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into messaging_text (phone, text_key, args, created_at) values (:phone, :key, :args, :at)")
                .param("phone", phone).param("key", textKey).param("args", TextArguments.join(args))
                .param("at", at).update(keys, "id");
        return keys.getKey().longValue();
    }

    long countSince(String phone, OffsetDateTime since) {
        return jdbc.sql("select count(*) from messaging_text where phone = :phone and created_at >= :since")
                .param("phone", phone).param("since", since).query(Long.class).single();
    }
}
