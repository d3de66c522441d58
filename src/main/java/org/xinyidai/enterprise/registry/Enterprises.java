package org.xinyidai.enterprise.company;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.xinyidai.enterprise.AuthenticationStatus;
import org.xinyidai.enterprise.NewEnterprise;
import org.xinyidai.enterprise.SizingCategory;
import org.xinyidai.shared.Masking;
import org.xinyidai.shared.admission.EnterpriseSize;
import org.xinyidai.shared.admission.IndustrySection;

/** The enterprise tables. Every read for an account is scoped by its ACTIVE membership in the SQL. */
@Repository
public class Companies {

    private static final String COLUMNS = """
            select e.id, e.site_code, e.name, e.uscc, e.uscc_check_ok, e.legal_rep_name, e.legal_rep_id_cipher,
                e.registered_capital_wan, e.established_on, e.industry, e.sizing_category, e.region_code, e.address,
                e.employees, e.annual_revenue_wan, e.total_assets_wan, e.size, e.authentication,
                e.review_requested_at, e.authenticated_at, e.rejection_reason, e.created_by, e.created_at, e.version
            from enterprise_enterprise e
            """;

    private final JdbcClient jdbc;
    private final IdNumberCipher cipher;
    private final ZoneId zone;

    Companies(JdbcClient jdbc, IdNumberCipher cipher, ZoneId zone) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.zone = zone;
    }

    long insert(NewEnterprise e, String siteCode, boolean usccCheckOk, EnterpriseSize size,
                AuthenticationStatus status, long createdBy, OffsetDateTime at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into enterprise_enterprise (site_code, name, uscc, uscc_check_ok, legal_rep_name,
                    legal_rep_id_cipher, registered_capital_wan, established_on, industry, sizing_category, region_code,
                    address, employees, annual_revenue_wan, total_assets_wan, size, authentication, authenticated_at,
                    created_by, created_at, version)
                values (:site, :name, :uscc, :checkOk, :repName, :repId, :capital, :established, :industry, :sizing,
                    :region, :address, :employees, :revenue, :assets, :size, :status, :authenticatedAt, :by, :at, 0)
                """)
                .param("site", siteCode).param("name", e.name()).param("uscc", e.uscc().value())
                .param("checkOk", usccCheckOk).param("repName", e.legalRepName())
                .param("repId", cipher.encrypt(e.legalRepId().value())).param("capital", e.registeredCapitalWan())
                .param("established", e.establishedOn()).param("industry", e.industry().name())
                .param("sizing", e.sizingCategory().name()).param("region", e.regionCode())
                .param("address", e.address()).param("employees", e.employees())
                .param("revenue", e.annualRevenueWan()).param("assets", e.totalAssetsWan()).param("size", size.name())
                .param("status", status.name())
                .param("authenticatedAt", status == AuthenticationStatus.AUTHENTICATED ? at : null)
                .param("by", createdBy).param("at", at)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Changes the entered data while authentication is not asked for; false when it changed meanwhile. */
    boolean update(long id, int version, NewEnterprise e, boolean usccCheckOk, EnterpriseSize size) {
        return jdbc.sql("""
                update enterprise_enterprise set name = :name, uscc = :uscc, uscc_check_ok = :checkOk,
                    legal_rep_name = :repName, legal_rep_id_cipher = :repId, registered_capital_wan = :capital,
                    established_on = :established, industry = :industry, sizing_category = :sizing,
                    region_code = :region, address = :address, employees = :employees,
                    annual_revenue_wan = :revenue, total_assets_wan = :assets, size = :size, version = version + 1
                where id = :id and version = :version and authentication in ('UNVERIFIED', 'REJECTED')
                """)
                .param("name", e.name()).param("uscc", e.uscc().value())
                .param("checkOk", usccCheckOk).param("repName", e.legalRepName())
                .param("repId", cipher.encrypt(e.legalRepId().value())).param("capital", e.registeredCapitalWan())
                .param("established", e.establishedOn()).param("industry", e.industry().name())
                .param("sizing", e.sizingCategory().name()).param("region", e.regionCode())
                .param("address", e.address()).param("employees", e.employees())
                .param("revenue", e.annualRevenueWan()).param("assets", e.totalAssetsWan()).param("size", size.name())
                .param("id", id).param("version", version)
                .update() == 1;
    }

    public Optional<Company> find(long id) {
        return jdbc.sql(COLUMNS + " where e.id = :id").param("id", id).query(this::company).optional();
    }

    public Optional<Company> findByUscc(String uscc) {
        return jdbc.sql(COLUMNS + " where e.uscc = :uscc").param("uscc", uscc).query(this::company).optional();
    }

    /** The enterprise when the account is an ACTIVE member of it. */
    public Optional<Company> findForAccount(long id, long accountId) {
        return jdbc.sql(COLUMNS + """
                 where e.id = :id and exists (select 1 from enterprise_member m where m.enterprise_id = e.id
                    and m.account_id = :account and m.status = 'ACTIVE')""")
                .param("id", id).param("account", accountId).query(this::company).optional();
    }

    /** The enterprise when it belongs to the site. */
    public Optional<Company> findInSite(long id, String siteCode) {
        return jdbc.sql(COLUMNS + " where e.id = :id and e.site_code = :site")
                .param("id", id).param("site", siteCode).query(this::company).optional();
    }

    /** Every binding of an account: the current one first, then active ones, then claims, oldest first. */
    public List<Membership> memberships(long accountId) {
        return jdbc.sql(COLUMNS.replace("select e.id", "select m.status as member_status, m.is_current, "
                        + "m.rejection_reason as claim_reason, e.id") + """
                 join enterprise_member m on m.enterprise_id = e.id
                where m.account_id = :account
                order by m.is_current desc, case when m.status = 'ACTIVE' then 0 else 1 end, m.created_at, e.id""")
                .param("account", accountId)
                .query((rs, n) -> new Membership(company(rs, n), MemberStatus.valueOf(rs.getString("member_status")),
                        rs.getBoolean("is_current"), rs.getString("claim_reason")))
                .list();
    }

    public Optional<MemberStatus> memberStatus(long enterpriseId, long accountId) {
        return jdbc.sql("select status from enterprise_member where enterprise_id = :e and account_id = :a")
                .param("e", enterpriseId).param("a", accountId).query(String.class).optional()
                .map(MemberStatus::valueOf);
    }

    void addMember(long enterpriseId, long accountId, MemberStatus status, boolean current, OffsetDateTime at) {
        jdbc.sql("""
                insert into enterprise_member (enterprise_id, account_id, status, is_current, created_at)
                values (:e, :a, :status, :current, :at)""")
                .param("e", enterpriseId).param("a", accountId).param("status", status.name())
                .param("current", current).param("at", at).update();
    }

    /** Moves a membership from one status to another; false when it was not in {@code from}. */
    boolean changeMember(long enterpriseId, long accountId, MemberStatus from, MemberStatus to, String reason,
                         OffsetDateTime at) {
        return jdbc.sql("""
                update enterprise_member set status = :to, rejection_reason = :reason, created_at = :at
                where enterprise_id = :e and account_id = :a and status = :from""")
                .param("to", to.name()).param("reason", reason).param("at", at)
                .param("e", enterpriseId).param("a", accountId).param("from", from.name()).update() == 1;
    }

    boolean hasCurrent(long accountId) {
        return jdbc.sql("select count(*) from enterprise_member where account_id = :a and is_current = true")
                .param("a", accountId).query(Long.class).single() > 0;
    }

    /** Makes one ACTIVE membership the account's current enterprise; false when there is no such membership. */
    boolean makeCurrent(long accountId, long enterpriseId) {
        if (memberStatus(enterpriseId, accountId).filter(s -> s == MemberStatus.ACTIVE).isEmpty()) {
            return false;
        }
        jdbc.sql("""
                update enterprise_member set is_current = case when enterprise_id = :e then true else false end
                where account_id = :a""").param("e", enterpriseId).param("a", accountId).update();
        return true;
    }

    /** Sets the authentication status when it is one of {@code from}; false otherwise. */
    boolean changeAuthentication(long id, List<AuthenticationStatus> from, AuthenticationStatus to, String reason,
                                 OffsetDateTime at) {
        String stamp = switch (to) {
            case PENDING_REVIEW -> ", review_requested_at = :at";
            case AUTHENTICATED -> ", authenticated_at = :at";
            default -> "";
        };
        var statement = jdbc.sql("update enterprise_enterprise set authentication = :to, rejection_reason = :reason"
                        + stamp + ", version = version + 1 where id = :id and authentication in (:from)")
                .param("to", to.name()).param("reason", reason).param("id", id)
                .param("from", from.stream().map(Enum::name).toList());
        if (!stamp.isEmpty()) {
            statement = statement.param("at", at);
        }
        return statement.update() == 1;
    }

    void saveCertificate(long id, CertificateKind kind, CertificateImage image, OffsetDateTime at) {
        jdbc.sql("delete from enterprise_certificate where enterprise_id = :id and kind = :kind")
                .param("id", id).param("kind", kind.name()).update();
        jdbc.sql("""
                insert into enterprise_certificate (enterprise_id, kind, content, content_type, uploaded_at)
                values (:id, :kind, :content, :type, :at)""")
                .param("id", id).param("kind", kind.name()).param("content", image.content())
                .param("type", image.contentType()).param("at", at).update();
    }

    public Optional<CertificateImage> certificate(long id, CertificateKind kind) {
        return jdbc.sql("select content, content_type from enterprise_certificate where enterprise_id = :id and kind = :kind")
                .param("id", id).param("kind", kind.name())
                .query((rs, n) -> new CertificateImage(rs.getBytes(1), rs.getString(2))).optional();
    }

    public List<CertificateKind> certificateKinds(long id) {
        return jdbc.sql("select kind from enterprise_certificate where enterprise_id = :id order by kind")
                .param("id", id).query(String.class).list().stream().map(CertificateKind::valueOf).sorted().toList();
    }

    void addHistory(long enterpriseId, long accountId, ReviewKind kind, ReviewDecision decision, String reason,
                    Long reviewer, OffsetDateTime at) {
        jdbc.sql("""
                insert into enterprise_review (enterprise_id, account_id, kind, decision, reason, reviewer_account_id,
                    decided_at) values (:e, :a, :kind, :decision, :reason, :reviewer, :at)""")
                .param("e", enterpriseId).param("a", accountId).param("kind", kind.name())
                .param("decision", decision.name()).param("reason", reason).param("reviewer", reviewer)
                .param("at", at).update();
    }

    /**
     * Failed face checks since a moment, of this enterprise or by this account (provider outages are not the
     * user's attempts and do not count).
     */
    int failedFaceChecksSince(long enterpriseId, long accountId, OffsetDateTime since) {
        return jdbc.sql("""
                select count(*) from enterprise_review where kind = :kind and decision = :decision
                and (reason is null or reason <> :outage) and decided_at >= :since
                and (enterprise_id = :e or account_id = :a)""")
                .param("kind", ReviewKind.FACE.name()).param("decision", ReviewDecision.REJECTED.name())
                .param("outage", "enterprise.face.unavailable").param("since", since)
                .param("e", enterpriseId).param("a", accountId).query(Integer.class).single();
    }

    public List<HistoryEntry> history(long enterpriseId) {
        return jdbc.sql("""
                select kind, decision, reason, account_id, reviewer_account_id, decided_at from enterprise_review
                where enterprise_id = :e order by decided_at desc, id desc""")
                .param("e", enterpriseId)
                .query((rs, n) -> new HistoryEntry(ReviewKind.valueOf(rs.getString("kind")),
                        ReviewDecision.valueOf(rs.getString("decision")), rs.getString("reason"),
                        rs.getLong("account_id"), (Long) rs.getObject("reviewer_account_id", Long.class),
                        inZone(rs, "decided_at")))
                .list();
    }

    /** Whether an ID number is the registered legal representative's (the number itself never leaves). */
    public boolean isLegalRepId(long id, String idNumber) {
        return idNumber != null && legalRepId(id).equals(idNumber.trim().toUpperCase());
    }

    /** The legal representative's ID number in full, for the face verification only. */
    String legalRepId(long id) {
        return cipher.decrypt(jdbc.sql("select legal_rep_id_cipher from enterprise_enterprise where id = :id")
                .param("id", id).query(String.class).single());
    }

    /** Accounts bound ACTIVE, the longest bound first. */
    public List<Long> activeMembers(long enterpriseId) {
        return jdbc.sql("""
                select account_id from enterprise_member where enterprise_id = :e and status = 'ACTIVE'
                order by created_at, account_id""").param("e", enterpriseId).query(Long.class).list();
    }

    /** Pending claims of an enterprise: account and since when. */
    public List<PendingClaim> pendingClaims(long enterpriseId) {
        return jdbc.sql("""
                select account_id, created_at from enterprise_member where enterprise_id = :e and status = 'PENDING_CLAIM'
                order by created_at""").param("e", enterpriseId)
                .query((rs, n) -> new PendingClaim(enterpriseId, rs.getLong(1), inZone(rs, "created_at"))).list();
    }

    /** The advisor's queue: certificate reviews and claims of the site's enterprises, oldest first. */
    public List<QueueItem> queue(String siteCode) {
        return jdbc.sql("""
                select * from (
                    select e.id as enterprise_id, e.name, e.uscc, e.uscc_check_ok, 'CERTIFICATES' as kind,
                        e.created_by as account_id, e.review_requested_at as since
                    from enterprise_enterprise e where e.site_code = :site and e.authentication = 'PENDING_REVIEW'
                    union all
                    select e.id, e.name, e.uscc, e.uscc_check_ok, 'CLAIM', m.account_id, m.created_at
                    from enterprise_member m join enterprise_enterprise e on e.id = m.enterprise_id
                    where e.site_code = :site and m.status = 'PENDING_CLAIM'
                ) q order by since, enterprise_id""")
                .param("site", siteCode)
                .query((rs, n) -> new QueueItem(rs.getLong("enterprise_id"), rs.getString("name"), rs.getString("uscc"),
                        rs.getBoolean("uscc_check_ok"), ReviewKind.valueOf(rs.getString("kind")),
                        rs.getLong("account_id"), inZone(rs, "since")))
                .list();
    }

    private Company company(ResultSet rs, int n) throws SQLException {
        return new Company(rs.getLong("id"), rs.getString("site_code"), rs.getString("name"), rs.getString("uscc"),
                rs.getBoolean("uscc_check_ok"), rs.getString("legal_rep_name"),
                Masking.idNumber(cipher.decrypt(rs.getString("legal_rep_id_cipher"))),
                rs.getBigDecimal("registered_capital_wan"), rs.getObject("established_on", java.time.LocalDate.class),
                IndustrySection.valueOf(rs.getString("industry")), SizingCategory.valueOf(rs.getString("sizing_category")),
                rs.getString("region_code"), rs.getString("address"), rs.getInt("employees"),
                rs.getBigDecimal("annual_revenue_wan"), rs.getBigDecimal("total_assets_wan"),
                EnterpriseSize.valueOf(rs.getString("size")), AuthenticationStatus.valueOf(rs.getString("authentication")),
                inZone(rs, "review_requested_at"), inZone(rs, "authenticated_at"), rs.getString("rejection_reason"),
                rs.getLong("created_by"), inZone(rs, "created_at"), rs.getInt("version"));
    }

    /** PostgreSQL hands timestamps back in UTC; pages show Beijing time. */
    private OffsetDateTime inZone(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.atZoneSameInstant(zone).toOffsetDateTime();
    }
}
