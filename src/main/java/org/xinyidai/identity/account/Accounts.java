package org.xinyidai.identity.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.xinyidai.identity.AccountStatus;
import org.xinyidai.identity.Role;
import org.xinyidai.shared.Like;

/** The accounts table. */
@Repository
public class Accounts {

    private static final String COLUMNS = """
            select id, phone, display_name, password_hash, role, status, must_set_password, failed_attempts,
                   locked_until, site_code, region_code, institution_id, node_id, organisation, created_at, last_login_at,
                   referral_code
            from identity_account""";

    private final JdbcClient jdbc;
    private final ZoneId zone;

    Accounts(JdbcClient jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    public Optional<Account> findByPhone(String phone) {
        return jdbc.sql(COLUMNS + " where phone = :phone").param("phone", phone).query(this::map).optional();
    }

    public Optional<Account> findById(long id) {
        return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(this::map).optional();
    }

    public boolean existsByPhone(String phone) {
        return jdbc.sql("select count(*) from identity_account where phone = :phone").param("phone", phone)
                .query(Long.class).single() > 0;
    }

    long insert(Account a) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into identity_account (phone, display_name, password_hash, role, status, must_set_password,
                    site_code, region_code, institution_id, node_id, organisation, created_at, password_changed_at,
                    referral_code)
                values (:phone, :name, :hash, :role, :status, :mustSet, :site, :region, :institution, :node,
                    :organisation, :created, :passwordChanged, :referral)
                """)
                .param("phone", a.phone()).param("name", a.displayName()).param("hash", a.passwordHash())
                .param("role", a.role().name()).param("status", a.status().name())
                .param("mustSet", a.mustSetPassword()).param("site", a.siteCode()).param("region", a.regionCode())
                .param("institution", a.institutionId()).param("node", a.nodeId())
                .param("organisation", a.organisation()).param("created", a.createdAt())
                .param("passwordChanged", a.hasPassword() ? a.createdAt() : null)
                .param("referral", a.referralCode())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void recordFailure(long id, int failedAttempts, OffsetDateTime lockedUntil) {
        jdbc.sql("update identity_account set failed_attempts = :n, locked_until = :until, version = version + 1 where id = :id")
                .param("n", failedAttempts).param("until", lockedUntil).param("id", id).update();
    }

    void recordLogin(long id, OffsetDateTime at) {
        jdbc.sql("""
                update identity_account set failed_attempts = 0, locked_until = null, last_login_at = :at,
                    version = version + 1 where id = :id""")
                .param("at", at).param("id", id).update();
    }

    void updatePassword(long id, String hash, OffsetDateTime at) {
        jdbc.sql("""
                update identity_account set password_hash = :hash, password_changed_at = :at, must_set_password = false,
                    failed_attempts = 0, locked_until = null, version = version + 1 where id = :id""")
                .param("hash", hash).param("at", at).param("id", id).update();
    }

    List<Long> activeOnSite(Role role, String siteCode) {
        return jdbc.sql("select id from identity_account where role = :role and site_code = :site and status = 'ACTIVE' "
                        + "order by id")
                .param("role", role.name()).param("site", siteCode).query(Long.class).list();
    }

    List<Account> findAll(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " where id in (:ids)").param("ids", ids).query(this::map).list();
    }

    void updateStaff(long id, String displayName, String phone, Long nodeId, String organisation) {
        jdbc.sql("""
                update identity_account set display_name = :name, phone = :phone, node_id = :node,
                    organisation = :organisation, version = version + 1 where id = :id""")
                .param("name", displayName).param("phone", phone).param("node", nodeId)
                .param("organisation", organisation).param("id", id).update();
    }

    long countByRoleAndSite(Role role, String siteCode) {
        return jdbc.sql("select count(*) from identity_account where role = :role and site_code = :site")
                .param("role", role.name()).param("site", siteCode).query(Long.class).single();
    }

    /** Changes the status of an account that is not removed; answers whether it did. */
    boolean updateStatus(long id, AccountStatus status) {
        return jdbc.sql("update identity_account set status = :status, version = version + 1 "
                        + "where id = :id and status <> 'REMOVED'")
                .param("status", status.name()).param("id", id).update() == 1;
    }

    /** Marks the account removed and frees its phone number (kept in removed_phone for the record). */
    void remove(long id, OffsetDateTime at) {
        jdbc.sql("""
                update identity_account set status = 'REMOVED', removed_phone = coalesce(phone, removed_phone),
                    phone = null, removed_at = :at, version = version + 1 where id = :id""")
                .param("at", at).param("id", id).update();
    }

    /** Accounts for the admin list, filtered by role and by part of a name or phone number. */
    List<Account> search(Role role, String text, int limit, long offset) {
        return jdbc.sql(COLUMNS + searchWhere(role, text) + " order by id desc limit :limit offset :offset")
                .params(searchParams(role, text)).param("limit", limit).param("offset", offset)
                .query(this::map).list();
    }

    long count(Role role, String text) {
        return jdbc.sql("select count(*) from identity_account" + searchWhere(role, text))
                .params(searchParams(role, text)).query(Long.class).single();
    }

    private static String searchWhere(Role role, String text) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (role != null) {
            where.append(" and role = :role");
        }
        if (text != null && !text.isBlank()) {
            where.append(" and (display_name like :text" + Like.ESCAPE + " or phone like :text" + Like.ESCAPE + ")");
        }
        return where.toString();
    }

    private static java.util.Map<String, Object> searchParams(Role role, String text) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (role != null) {
            params.put("role", role.name());
        }
        if (text != null && !text.isBlank()) {
            params.put("text", Like.contains(text.trim()));
        }
        return params;
    }

    private Account map(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("phone"), rs.getString("display_name"),
                rs.getString("password_hash"), Role.valueOf(rs.getString("role")),
                AccountStatus.valueOf(rs.getString("status")), rs.getBoolean("must_set_password"),
                rs.getInt("failed_attempts"), local(rs, "locked_until"),
                rs.getString("site_code"), rs.getString("region_code"), nullableLong(rs, "institution_id"),
                nullableLong(rs, "node_id"), rs.getString("organisation"),
                local(rs, "created_at"), local(rs, "last_login_at"), rs.getString("referral_code"));
    }

    /** Times in the platform's zone, whatever offset the driver hands back (PostgreSQL: UTC). */
    private OffsetDateTime local(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.atZoneSameInstant(zone).toOffsetDateTime();
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
