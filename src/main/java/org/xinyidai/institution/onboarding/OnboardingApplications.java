package org.xinyidai.institution.onboarding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.xinyidai.institution.InstitutionType;
import org.xinyidai.institution.profile.LogoImage;
import org.xinyidai.shared.Like;

/** The onboarding applications table. Status changes only from SUBMITTED, guarded in the {@code where}. */
@Repository
class OnboardingApplications {

    private static final String COLUMNS = """
            select id, full_name, short_name, type, introduction, logo_content_type, head_name, head_position,
                   head_mobile, admin_name, admin_position, admin_mobile, status, reject_reason, reviewed_by_name,
                   reviewed_at, institution_id, created_at
            from institution_application""";

    private final JdbcClient jdbc;
    private final ZoneId zone;

    OnboardingApplications(JdbcClient jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    long insert(NewApplication a, String clientIp, OffsetDateTime at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into institution_application (full_name, short_name, type, introduction, logo, logo_content_type,
                    head_name, head_position, head_mobile, admin_name, admin_position, admin_mobile, status,
                    created_at, client_ip)
                values (:fullName, :shortName, :type, :introduction, :logo, :logoType, :headName, :headPosition,
                    :headMobile, :adminName, :adminPosition, :adminMobile, :status, :at, :ip)
                """)
                .param("fullName", a.fullName()).param("shortName", a.shortName()).param("type", a.type().name())
                .param("introduction", a.introduction())
                .param("logo", a.logo().content()).param("logoType", a.logo().contentType())
                .param("headName", a.headName()).param("headPosition", a.headPosition())
                .param("headMobile", a.headMobile().value())
                .param("adminName", a.adminName()).param("adminPosition", a.adminPosition())
                .param("adminMobile", a.adminMobile().value())
                .param("status", OnboardingStatus.SUBMITTED.name()).param("at", at).param("ip", clientIp)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<OnboardingApplication> find(long id) {
        return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(this::application).optional();
    }

    Optional<LogoImage> logo(long id) {
        return jdbc.sql("select logo, logo_content_type from institution_application where id = :id").param("id", id)
                .query((rs, n) -> new LogoImage(rs.getBytes(1), rs.getString(2))).optional();
    }

    /** Newest first; {@code status} and {@code name} (part of the full or short name) may be null. */
    List<OnboardingApplication> search(OnboardingStatus status, String name, int limit, long offset) {
        return bind(jdbc.sql(COLUMNS + where(status, name) + " order by created_at desc, id desc limit :limit offset :offset"),
                status, name)
                .param("limit", limit).param("offset", offset)
                .query(this::application).list();
    }

    long count(OnboardingStatus status, String name) {
        return bind(jdbc.sql("select count(*) from institution_application" + where(status, name)), status, name)
                .query(Long.class).single();
    }

    boolean isPendingWithName(String fullName) {
        return jdbc.sql("select count(*) from institution_application where full_name = :name and status = 'SUBMITTED'")
                .param("name", fullName).query(Long.class).single() > 0;
    }

    boolean isPendingWithAdminMobile(String mobile) {
        return jdbc.sql("select count(*) from institution_application where admin_mobile = :mobile and status = 'SUBMITTED'")
                .param("mobile", mobile).query(Long.class).single() > 0;
    }

    /** Takes a pending application for approval; false when it is no longer pending (another admin was faster). */
    boolean markApproved(long id, long reviewerId, String reviewerName, OffsetDateTime at) {
        return jdbc.sql("""
                update institution_application set status = 'APPROVED', reviewed_by = :by, reviewed_by_name = :byName,
                    reviewed_at = :at
                where id = :id and status = 'SUBMITTED'
                """)
                .param("by", reviewerId).param("byName", reviewerName).param("at", at).param("id", id)
                .update() == 1;
    }

    void linkInstitution(long id, long institutionId) {
        jdbc.sql("update institution_application set institution_id = :institution where id = :id")
                .param("institution", institutionId).param("id", id).update();
    }

    boolean markRejected(long id, String reason, long reviewerId, String reviewerName, OffsetDateTime at) {
        return jdbc.sql("""
                update institution_application set status = 'REJECTED', reject_reason = :reason, reviewed_by = :by,
                    reviewed_by_name = :byName, reviewed_at = :at
                where id = :id and status = 'SUBMITTED'
                """)
                .param("reason", reason).param("by", reviewerId).param("byName", reviewerName).param("at", at)
                .param("id", id)
                .update() == 1;
    }

    private static String where(OnboardingStatus status, String name) {
        StringBuilder where = new StringBuilder();
        if (status != null) {
            where.append(" where status = :status");
        }
        if (name != null) {
            where.append(status == null ? " where" : " and")
                    .append(" (full_name like :name" + Like.ESCAPE + " or short_name like :name" + Like.ESCAPE + ")");
        }
        return where.toString();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, OnboardingStatus status, String name) {
        if (status != null) {
            spec = spec.param("status", status.name());
        }
        if (name != null) {
            spec = spec.param("name", Like.contains(name));
        }
        return spec;
    }

    private OnboardingApplication application(ResultSet rs, int n) throws SQLException {
        long institution = rs.getLong("institution_id");
        Long institutionId = rs.wasNull() ? null : institution;
        return new OnboardingApplication(rs.getLong("id"), rs.getString("full_name"), rs.getString("short_name"),
                InstitutionType.valueOf(rs.getString("type")), rs.getString("introduction"),
                rs.getString("logo_content_type"), rs.getString("head_name"), rs.getString("head_position"),
                rs.getString("head_mobile"), rs.getString("admin_name"), rs.getString("admin_position"),
                rs.getString("admin_mobile"), OnboardingStatus.valueOf(rs.getString("status")),
                rs.getString("reject_reason"), rs.getString("reviewed_by_name"), inZone(rs, "reviewed_at"),
                institutionId, inZone(rs, "created_at"));
    }

    /** PostgreSQL hands timestamps back in UTC; pages show Beijing time. */
    private OffsetDateTime inZone(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.atZoneSameInstant(zone).toOffsetDateTime();
    }
}
