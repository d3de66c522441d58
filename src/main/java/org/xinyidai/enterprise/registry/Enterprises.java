package org.xinyidai.enterprise.registry;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.xinyidai.enterprise.AuthenticationStatus;
import org.xinyidai.enterprise.EnterpriseId;
import org.xinyidai.enterprise.NewEnterprise;
import org.xinyidai.enterprise.SizingCategory;
import org.xinyidai.identity.AccountId;
import org.xinyidai.shared.Masking;
import org.xinyidai.shared.Money;
import org.xinyidai.shared.Refused;
import org.xinyidai.shared.admission.EnterpriseSize;
import org.xinyidai.shared.admission.IndustrySection;

/**
 * Loads and saves {@link Enterprise}s, with their authentication history. Amounts are stored in 万元 as the
 * forms enter them; ID numbers encrypted ({@link IdNumberCipher}). Reads for an account or a site are scoped in
 * the SQL.
 */
@Repository
public class Enterprises {

    static final String COLUMNS = """
            select e.id, e.site_code, e.name, e.uscc, e.uscc_check_ok, e.legal_rep_name, e.legal_rep_id_cipher,
                e.registered_capital_wan, e.established_on, e.industry, e.sizing_category, e.region_code, e.address,
                e.employees, e.annual_revenue_wan, e.total_assets_wan, e.size, e.authentication,
                e.review_requested_at, e.authenticated_at, e.rejection_reason, e.created_by, e.created_at, e.version
            from enterprise_enterprise e
            """;
    private static final BigDecimal YUAN_PER_WAN = BigDecimal.valueOf(10_000);

    private final JdbcClient jdbc;
    private final IdNumberCipher cipher;
    private final ZoneId zone;

    Enterprises(JdbcClient jdbc, IdNumberCipher cipher, ZoneId zone) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.zone = zone;
    }

    EnterpriseId insert(NewEnterprise e, String siteCode, AuthenticationStatus status, AccountId createdBy,
                        OffsetDateTime at) {
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
                .param("checkOk", e.uscc().checkCharacterValid()).param("repName", e.legalRepName())
                .param("repId", cipher.encrypt(e.legalRepId().value()))
                .param("capital", e.registeredCapital().inWan())
                .param("established", e.establishedOn()).param("industry", e.industry().name())
                .param("sizing", e.sizingCategory().name()).param("region", e.regionCode())
                .param("address", e.address()).param("employees", e.employees())
                .param("revenue", e.annualRevenue().inWan()).param("assets", e.totalAssets().inWan())
                .param("size", e.size().name()).param("status", status.name())
                .param("authenticatedAt", status == AuthenticationStatus.AUTHENTICATED ? at : null)
                .param("by", createdBy.value()).param("at", at)
                .update(keys, "id");
        return EnterpriseId.of(keys.getKey().longValue());
    }

    /**
     * Writes what changed: the row as a versioned update when it changed (refused, with the transition's own
     * words, when someone else changed it first), and the history steps it recorded.
     */
    void save(Enterprise enterprise) {
        if (enterprise.changed() && update(enterprise) != 1) {
            throw new Refused(enterprise.refusalIfChangedMeanwhile());
        }
        for (HistoryEntry step : enterprise.newSteps()) {
            jdbc.sql("""
                    insert into enterprise_review (enterprise_id, account_id, kind, decision, reason,
                        reviewer_account_id, decided_at) values (:e, :a, :kind, :decision, :reason, :reviewer, :at)""")
                    .param("e", enterprise.id()).param("a", step.accountId()).param("kind", step.kind().name())
                    .param("decision", step.decision().name()).param("reason", step.reason())
                    .param("reviewer", step.reviewerAccountId()).param("at", step.at()).update();
        }
    }

    private int update(Enterprise enterprise) {
        EnterpriseData d = enterprise.data();
        String newId = enterprise.newLegalRepId() == null ? null : cipher.encrypt(enterprise.newLegalRepId().value());
        return jdbc.sql("""
                update enterprise_enterprise set name = :name, uscc = :uscc, uscc_check_ok = :checkOk,
                    legal_rep_name = :repName, legal_rep_id_cipher = coalesce(:repId, legal_rep_id_cipher),
                    registered_capital_wan = :capital, established_on = :established, industry = :industry,
                    sizing_category = :sizing, region_code = :region, address = :address, employees = :employees,
                    annual_revenue_wan = :revenue, total_assets_wan = :assets, size = :size,
                    authentication = :status, review_requested_at = :reviewRequested,
                    authenticated_at = :authenticated, rejection_reason = :reason, version = version + 1
                where id = :id and version = :version
                """)
                .param("name", d.name()).param("uscc", d.uscc()).param("checkOk", d.usccCheckOk())
                .param("repName", d.legalRepName()).param("repId", newId)
                .param("capital", d.registeredCapital().inWan()).param("established", d.establishedOn())
                .param("industry", d.industry().name()).param("sizing", d.sizingCategory().name())
                .param("region", d.regionCode()).param("address", d.address()).param("employees", d.employees())
                .param("revenue", d.annualRevenue().inWan()).param("assets", d.totalAssets().inWan())
                .param("size", d.size().name()).param("status", enterprise.authentication().name())
                .param("reviewRequested", enterprise.reviewRequestedAt())
                .param("authenticated", enterprise.authenticatedAt()).param("reason", enterprise.rejectionReason())
                .param("id", enterprise.id()).param("version", enterprise.version())
                .update();
    }

    public Optional<Enterprise> find(long id) {
        return jdbc.sql(COLUMNS + " where e.id = :id").param("id", id).query(this::map).optional();
    }

    Optional<Enterprise> findByUscc(String uscc) {
        return jdbc.sql(COLUMNS + " where e.uscc = :uscc").param("uscc", uscc).query(this::map).optional();
    }

    /** The enterprise when the account is an ACTIVE member of it. */
    public Optional<Enterprise> findForAccount(EnterpriseId id, AccountId account) {
        return jdbc.sql(COLUMNS + """
                 where e.id = :id and exists (select 1 from enterprise_member m where m.enterprise_id = e.id
                    and m.account_id = :account and m.status = 'ACTIVE')""")
                .param("id", id.value()).param("account", account.value()).query(this::map).optional();
    }

    /** The enterprise when it belongs to the site. */
    public Optional<Enterprise> findInSite(long id, String siteCode) {
        return jdbc.sql(COLUMNS + " where e.id = :id and e.site_code = :site")
                .param("id", id).param("site", siteCode).query(this::map).optional();
    }

    /** The authentication history, newest first. */
    public List<HistoryEntry> history(long enterpriseId) {
        return jdbc.sql("""
                select kind, decision, reason, account_id, reviewer_account_id, decided_at from enterprise_review
                where enterprise_id = :e order by decided_at desc, id desc""")
                .param("e", enterpriseId)
                .query((rs, n) -> new HistoryEntry(ReviewKind.valueOf(rs.getString("kind")),
                        ReviewDecision.valueOf(rs.getString("decision")), rs.getString("reason"),
                        rs.getLong("account_id"), rs.getObject("reviewer_account_id", Long.class),
                        inZone(rs, "decided_at")))
                .list();
    }

    /**
     * Failed face checks since a moment, of this enterprise or by this account (provider outages are not the
     * user's attempts and do not count).
     */
    public int failedFaceChecksSince(EnterpriseId enterprise, AccountId account, OffsetDateTime since) {
        return jdbc.sql("""
                select count(*) from enterprise_review where kind = :kind and decision = :decision
                and (reason is null or reason <> :outage) and decided_at >= :since
                and (enterprise_id = :e or account_id = :a)""")
                .param("kind", ReviewKind.FACE.name()).param("decision", ReviewDecision.REJECTED.name())
                .param("outage", "enterprise.face.unavailable").param("since", since)
                .param("e", enterprise.value()).param("a", account.value()).query(Integer.class).single();
    }

    /** Whether an ID number is the registered legal representative's (the number itself never leaves). */
    public boolean isLegalRepId(long id, String idNumber) {
        return idNumber != null && cipher.decrypt(jdbc.sql(
                        "select legal_rep_id_cipher from enterprise_enterprise where id = :id")
                .param("id", id).query(String.class).single()).equals(idNumber.trim().toUpperCase());
    }

    Enterprise map(ResultSet rs, int n) throws SQLException {
        EnterpriseData data = new EnterpriseData(rs.getString("name"), rs.getString("uscc"),
                rs.getBoolean("uscc_check_ok"), rs.getString("legal_rep_name"),
                Masking.idNumber(cipher.decrypt(rs.getString("legal_rep_id_cipher"))),
                wan(rs, "registered_capital_wan"), rs.getObject("established_on", LocalDate.class),
                IndustrySection.valueOf(rs.getString("industry")), SizingCategory.valueOf(rs.getString("sizing_category")),
                rs.getString("region_code"), rs.getString("address"), rs.getInt("employees"),
                wan(rs, "annual_revenue_wan"), wan(rs, "total_assets_wan"), EnterpriseSize.valueOf(rs.getString("size")));
        return new Enterprise(rs.getLong("id"), rs.getString("site_code"), data,
                AuthenticationStatus.valueOf(rs.getString("authentication")), inZone(rs, "review_requested_at"),
                inZone(rs, "authenticated_at"), rs.getString("rejection_reason"), rs.getLong("created_by"),
                inZone(rs, "created_at"), rs.getInt("version"));
    }

    /** An amount the table keeps in 万元 (two decimals), as yuan. */
    private static Money wan(ResultSet rs, String column) throws SQLException {
        return new Money(rs.getBigDecimal(column).multiply(YUAN_PER_WAN));
    }

    /** PostgreSQL hands timestamps back in UTC; pages show Beijing time. */
    OffsetDateTime inZone(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.atZoneSameInstant(zone).toOffsetDateTime();
    }
}
