package org.xinyidai.identity.sms;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SMS codes table: hashes, never codes. */
@Repository
class SmsCodes {

    private final JdbcClient jdbc;

    SmsCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String phone, SmsPurpose purpose, String hash, String ip, OffsetDateTime at, OffsetDateTime expires) {
        jdbc.sql("""
                insert into identity_sms_code (phone, purpose, code_hash, client_ip, created_at, expires_at)
                values (:phone, :purpose, :hash, :ip, :at, :expires)
                """)
                .param("phone", phone).param("purpose", purpose.name()).param("hash", hash).param("ip", ip)
                .param("at", at).param("expires", expires)
                .update();
    }

    Optional<OffsetDateTime> lastSentTo(String phone) {
        return jdbc.sql("select max(created_at) from identity_sms_code where phone = :phone")
                .param("phone", phone).query(OffsetDateTime.class).optional();
    }

    long countForPhoneSince(String phone, OffsetDateTime since) {
        return jdbc.sql("select count(*) from identity_sms_code where phone = :phone and created_at >= :since")
                .param("phone", phone).param("since", since).query(Long.class).single();
    }

    long countForIpSince(String ip, OffsetDateTime since) {
        return jdbc.sql("select count(*) from identity_sms_code where client_ip = :ip and created_at >= :since")
                .param("ip", ip).param("since", since).query(Long.class).single();
    }

    /** The newest unused, unexpired code for this phone and purpose. */
    Optional<LiveCode> latestLive(String phone, SmsPurpose purpose, OffsetDateTime now) {
        return jdbc.sql("""
                select id, code_hash, failed_attempts from identity_sms_code
                where phone = :phone and purpose = :purpose and used_at is null and expires_at > :now
                order by created_at desc, id desc limit 1
                """)
                .param("phone", phone).param("purpose", purpose.name()).param("now", now)
                .query((rs, n) -> new LiveCode(rs.getLong(1), rs.getString(2), rs.getInt(3)))
                .optional();
    }

    /** Marks a code used; answers false when someone else used it first. */
    boolean markUsed(long id, OffsetDateTime at) {
        return jdbc.sql("update identity_sms_code set used_at = :at where id = :id and used_at is null")
                .param("at", at).param("id", id).update() == 1;
    }

    void recordWrongAttempt(long id) {
        jdbc.sql("update identity_sms_code set failed_attempts = failed_attempts + 1 where id = :id")
                .param("id", id).update();
    }

    record LiveCode(long id, String hash, int failedAttempts) {
    }
}
