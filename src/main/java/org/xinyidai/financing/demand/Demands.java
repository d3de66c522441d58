package org.xinyidai.financing.demand;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.xinyidai.enterprise.EnterpriseId;
import org.xinyidai.identity.AccountId;
import org.xinyidai.product.GuaranteeMethod;

/**
 * The demand table. Every read names whose demands it wants — an account's enterprises or an advisor's site —
 * in the SQL where; every change checks the version and the status it was read in.
 */
@Repository
class Demands {

    private static final String COLUMNS = """
            select d.id, d.site_code, d.enterprise_id, d.enterprise_name, d.region_code, d.account_id, d.amount,
                   d.term_months, d.purpose, d.guarantee_methods, d.max_rate, d.needed_by, d.contact_name,
                   d.contact_phone, d.note, d.status, d.created_at, d.updated_at, d.version
            from financing_demand d""";

    private final JdbcClient jdbc;

    Demands(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Published by one of these enterprises, newest first. */
    public List<Demand> ofEnterprises(List<Long> enterpriseIds) {
        if (enterpriseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " where d.enterprise_id in (:enterprises) order by d.created_at desc, d.id desc")
                .param("enterprises", enterpriseIds).query(this::map).list();
    }

    public Optional<Demand> findOfEnterprises(long id, List<Long> enterpriseIds) {
        if (enterpriseIds.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql(COLUMNS + " where d.id = :id and d.enterprise_id in (:enterprises)")
                .param("id", id).param("enterprises", enterpriseIds).query(this::map).optional();
    }

    public Optional<Demand> findInSite(long id, String siteCode) {
        return jdbc.sql(COLUMNS + " where d.id = :id and d.site_code = :site")
                .param("id", id).param("site", siteCode).query(this::map).optional();
    }

    /** The site's demands in one status, oldest first (the advisor's queue). */
    public List<Demand> inSite(String siteCode, DemandStatus status) {
        return jdbc.sql(COLUMNS + " where d.site_code = :site and d.status = :status order by d.created_at, d.id")
                .param("site", siteCode).param("status", status.name()).query(this::map).list();
    }

    long insert(String siteCode, EnterpriseId enterprise, String enterpriseName, AccountId account, DemandRequest r,
                       LocalDateTime at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into financing_demand (site_code, enterprise_id, enterprise_name, region_code, account_id, amount,
                    term_months, purpose, guarantee_methods, max_rate, needed_by, contact_name, contact_phone, note,
                    status, created_at, updated_at)
                values (:site, :enterprise, :enterpriseName, :region, :account, :amount, :term, :purpose, :guarantees,
                    :maxRate, :neededBy, :contactName, :contactPhone, :note, 'PUBLISHED', :at, :at)""")
                .param("site", siteCode).param("enterprise", enterprise.value()).param("enterpriseName", enterpriseName)
                .param("region", r.regionCode()).param("account", account.value())
                .param("amount", r.amountWan().movePointRight(4)).param("term", r.termMonths())
                .param("purpose", r.purpose())
                .param("guarantees", r.guaranteeMethods().stream().map(Enum::name).collect(Collectors.joining(",")))
                .param("maxRate", r.maxRate()).param("neededBy", r.neededBy())
                .param("contactName", r.contactName()).param("contactPhone", r.contactPhone()).param("note", r.note())
                .param("at", at)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Writes a demand that moved, if nobody changed it since it was read; refused as stale when someone did. */
    void save(Demand demand) {
        if (demand.changed() && jdbc.sql("""
                update financing_demand set status = :status, updated_at = :at, version = version + 1
                where id = :id and version = :version""")
                .param("status", demand.status().name()).param("at", demand.updatedAt()).param("id", demand.id())
                .param("version", demand.version()).update() != 1) {
            throw Demand.stale();
        }
    }

    private Demand map(ResultSet rs, int n) throws SQLException {
        List<GuaranteeMethod> guarantees = Arrays.stream(rs.getString("guarantee_methods").split(","))
                .filter(s -> !s.isBlank()).map(GuaranteeMethod::valueOf).toList();
        return new Demand(rs.getLong("id"), rs.getString("site_code"), rs.getLong("enterprise_id"),
                rs.getString("enterprise_name"), rs.getString("region_code"), rs.getLong("account_id"),
                rs.getBigDecimal("amount"), rs.getInt("term_months"), rs.getString("purpose"), guarantees,
                rs.getBigDecimal("max_rate"), rs.getObject("needed_by", java.time.LocalDate.class),
                rs.getString("contact_name"), rs.getString("contact_phone"), rs.getString("note"),
                DemandStatus.valueOf(rs.getString("status")), rs.getObject("created_at", LocalDateTime.class),
                rs.getObject("updated_at", LocalDateTime.class), rs.getInt("version"));
    }
}
