package org.xinyidai.credit.agency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.audit.OperationLog;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.credit.AgencyProfile;
import org.xinyidai.credit.CreditAgencies;

/**
 * The credit agencies' profiles: each agency edits its own; the public directory shows the published ones of the
 * visitor's city site.
 */
@Service
public class AgencyDirectory implements CreditAgencies {

    private static final String COLUMNS = """
            select account_id, name, introduction, services, qualification, contact_phone, email, address, website,
                   sites, published, version from credit_agency_profile""";
    private static final String PUBLISHED_ON_SITE = " where published = true and (',' || sites || ',') like :site";

    private final JdbcClient jdbc;
    private final OperationLog log;
    private final Clock clock;

    AgencyDirectory(JdbcClient jdbc, OperationLog log, Clock clock) {
        this.jdbc = jdbc;
        this.log = log;
        this.clock = clock;
    }

    public Optional<AgencyProfile> own(long accountId) {
        return jdbc.sql(COLUMNS + " where account_id = :id").param("id", accountId).query(this::map).optional();
    }

    /** Published profiles serving a site, by name. */
    public List<AgencyProfile> publishedOn(String siteCode) {
        return jdbc.sql(COLUMNS + PUBLISHED_ON_SITE + " order by name")
                .param("site", "%," + siteCode + ",%").query(this::map).list();
    }

    /** One published profile serving a site; anything else is not there. */
    public Optional<AgencyProfile> publishedOn(String siteCode, long accountId) {
        return jdbc.sql(COLUMNS + PUBLISHED_ON_SITE + " and account_id = :id")
                .param("site", "%," + siteCode + ",%").param("id", accountId).query(this::map).optional();
    }

    /**
     * The agency's own profile saved as entered (already validated), recorded in the operation log; false when
     * someone saved it since it was read (its version moved on), and nothing is written.
     */
    @Transactional
    public boolean save(CurrentUser agency, AgencyProfile profile) {
        boolean stored = own(agency.accountId()).isPresent();
        if (stored) {
            int updated = bind(jdbc.sql("""
                    update credit_agency_profile set name = :name, introduction = :introduction, services = :services,
                        qualification = :qualification, contact_phone = :phone, email = :email, address = :address,
                        website = :website, sites = :sites, published = :published, updated_at = :at,
                        version = version + 1
                    where account_id = :id and version = :version"""), profile)
                    .param("version", profile.version()).update();
            if (updated == 0) {
                return false;
            }
        } else if (profile.version() != -1) {
            return false;
        } else {
            insert(profile);
        }
        log.record(agency.did("AGENCY_PROFILE_UPDATE").on("credit_agency_profile", agency.accountId())
                .withDetail(profile.name() + (profile.published() ? " (published)" : "")));
        return true;
    }

    @Override
    @Transactional
    public void ensureProfile(AgencyProfile profile) {
        if (own(profile.accountId()).isEmpty()) {
            insert(profile);
        }
    }

    private void insert(AgencyProfile profile) {
        bind(jdbc.sql("""
                insert into credit_agency_profile (account_id, name, introduction, services, qualification,
                    contact_phone, email, address, website, sites, published, updated_at)
                values (:id, :name, :introduction, :services, :qualification, :phone, :email, :address, :website,
                    :sites, :published, :at)"""), profile).update();
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, AgencyProfile p) {
        return sql.param("id", p.accountId()).param("name", p.name()).param("introduction", p.introduction())
                .param("services", p.services()).param("qualification", p.qualification())
                .param("phone", p.contactPhone()).param("email", p.email()).param("address", p.address())
                .param("website", p.website()).param("sites", String.join(",", p.sites()))
                .param("published", p.published()).param("at", OffsetDateTime.now(clock));
    }

    private AgencyProfile map(ResultSet rs, int n) throws SQLException {
        return new AgencyProfile(rs.getLong("account_id"), rs.getString("name"), rs.getString("introduction"),
                rs.getString("services"), rs.getString("qualification"), rs.getString("contact_phone"),
                rs.getString("email"), rs.getString("address"), rs.getString("website"),
                Arrays.stream(rs.getString("sites").split(",")).filter(s -> !s.isBlank()).toList(),
                rs.getBoolean("published"), rs.getInt("version"));
    }
}
