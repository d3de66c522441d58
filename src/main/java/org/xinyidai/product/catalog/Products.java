package org.xinyidai.product.catalog;

import org.xinyidai.product.ProductDraft;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.xinyidai.institution.InstitutionApi;
import org.xinyidai.institution.InstitutionNames;
import org.xinyidai.product.GuaranteeMethod;
import org.xinyidai.product.Product;
import org.xinyidai.product.ProductStatus;
import org.xinyidai.product.ProductTag;
import org.xinyidai.product.ProductType;
import org.xinyidai.product.RepaymentMethod;
import org.xinyidai.shared.admission.AdmissionCriteria;
import org.xinyidai.shared.admission.CreditGrade;
import org.xinyidai.shared.admission.EnterpriseSize;
import org.xinyidai.shared.admission.IndustrySection;
import org.xinyidai.shared.admission.TaxCreditGrade;
import org.xinyidai.shared.Like;

/** The products table. Staff reads are always scoped to the reader's institution in the SQL. */
@Repository
public class Products {

    private static final String COLUMNS = "select * from product_product";

    private final JdbcClient jdbc;
    private final ZoneId zone;
    private final InstitutionApi institutions;

    Products(JdbcClient jdbc, ZoneId zone, InstitutionApi institutions) {
        this.jdbc = jdbc;
        this.zone = zone;
        this.institutions = institutions;
    }

    /** A product of this institution; empty for one that does not exist or belongs to another (404). */
    public Optional<Product> find(long id, long institutionId) {
        return jdbc.sql(COLUMNS + " where id = :id and institution_id = :institution")
                .param("id", id).param("institution", institutionId).query(mapper()).optional();
    }

    public Optional<Product> find(long id) {
        return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(mapper()).optional();
    }

    Optional<Long> findIdByName(long institutionId, String name) {
        return jdbc.sql("select id from product_product where institution_id = :institution and name = :name")
                .param("institution", institutionId).param("name", name).query(Long.class).optional();
    }

    public List<Product> search(ProductFilter filter, long institutionId) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, institutionId, params);
        return jdbc.sql(COLUMNS + where + " order by updated_at desc, id desc limit :limit offset :offset")
                .params(params).param("limit", ProductFilter.PAGE_SIZE)
                .param("offset", (filter.pageOrFirst() - 1) * ProductFilter.PAGE_SIZE)
                .query(mapper()).list();
    }

    public long count(ProductFilter filter, long institutionId) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from product_product" + where(filter, institutionId, params))
                .params(params).query(Long.class).single();
    }

    Map<ProductStatus, Long> countByStatus(long institutionId) {
        Map<ProductStatus, Long> counts = new EnumMap<>(ProductStatus.class);
        for (ProductStatus status : ProductStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("select status, count(*) from product_product where institution_id = :institution group by status")
                .param("institution", institutionId)
                .query((ResultSet rs) -> {
                    counts.put(ProductStatus.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    long insert(long institutionId, ProductDraft d, long createdBy, OffsetDateTime at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        bind(jdbc.sql("""
                insert into product_product (institution_id, name, type, guarantee_methods, amount_min_wan,
                    amount_max_wan, term_min_months, term_max_months, rate_min, rate_max, repayment_methods, online,
                    districts, industries, sizes, min_years, tax_grades, revenue_min_wan, revenue_max_wan,
                    min_credit_grade, not_dishonest, required_materials, features, description_html, contact_name,
                    contact_phone, tags, status, created_by, created_at, updated_at)
                values (:institution, :name, :type, :guarantees, :amountMin, :amountMax, :termMin, :termMax, :rateMin,
                    :rateMax, :repayments, :online, :districts, :industries, :sizes, :minYears, :taxGrades,
                    :revenueMin, :revenueMax, :creditGrade, :notDishonest, :materials, :features, :description,
                    :contactName, :contactPhone, :tags, 'DRAFT', :createdBy, :at, :at)
                """), d)
                .param("institution", institutionId).param("createdBy", createdBy).param("at", at)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        writeSets(id, d);
        return id;
    }

    /** Updates unless someone else saved since {@code version}; answers whether it did. */
    boolean update(long id, long institutionId, int version, ProductDraft d, OffsetDateTime at) {
        boolean updated = bind(jdbc.sql("""
                update product_product set name = :name, type = :type, guarantee_methods = :guarantees,
                    amount_min_wan = :amountMin, amount_max_wan = :amountMax, term_min_months = :termMin,
                    term_max_months = :termMax, rate_min = :rateMin, rate_max = :rateMax, repayment_methods = :repayments,
                    online = :online, districts = :districts, industries = :industries, sizes = :sizes,
                    min_years = :minYears, tax_grades = :taxGrades, revenue_min_wan = :revenueMin,
                    revenue_max_wan = :revenueMax, min_credit_grade = :creditGrade, not_dishonest = :notDishonest,
                    required_materials = :materials, features = :features, description_html = :description,
                    contact_name = :contactName, contact_phone = :contactPhone, tags = :tags, updated_at = :at,
                    version = version + 1
                where id = :id and institution_id = :institution and version = :version"""), d)
                .param("id", id).param("institution", institutionId).param("version", version).param("at", at)
                .update() == 1;
        if (updated) {
            writeSets(id, d);
        }
        return updated;
    }

    /**
     * The sets the supermarket filters on, as rows of their join tables (the comma-separated columns keep the
     * same values for reading the product back).
     */
    private void writeSets(long id, ProductDraft d) {
        replaceSet("product_district", "region_code", id, d.criteria().regionCodes());
        replaceSet("product_guarantee", "method", id, d.guaranteeMethods());
        replaceSet("product_tag", "tag", id, d.tags());
    }

    private void replaceSet(String table, String column, long id, java.util.Collection<?> values) {
        jdbc.sql("delete from " + table + " where product_id = :id").param("id", id).update();
        if (values == null) {
            return;
        }
        for (Object value : new java.util.TreeSet<>(values.stream()
                .map(v -> v instanceof Enum<?> e ? e.name() : v.toString()).toList())) {
            jdbc.sql("insert into " + table + " (product_id, " + column + ") values (:id, :value)")
                    .param("id", id).param("value", value).update();
        }
    }

    boolean setStatus(long id, long institutionId, ProductStatus from, ProductStatus to, OffsetDateTime at) {
        String published = to == ProductStatus.PUBLISHED ? ", published_at = :at" : "";
        return jdbc.sql("update product_product set status = :to, updated_at = :at, version = version + 1" + published
                        + " where id = :id and institution_id = :institution and status = :from")
                .param("to", to.name()).param("from", from.name()).param("at", at).param("id", id)
                .param("institution", institutionId).update() == 1;
    }

    void delete(long id, long institutionId) {
        jdbc.sql("delete from product_product where id = :id and institution_id = :institution")
                .param("id", id).param("institution", institutionId).update();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ProductDraft d) {
        AdmissionCriteria c = d.criteria();
        return spec.param("name", d.name()).param("type", d.type().name())
                .param("guarantees", Csv.join(d.guaranteeMethods()))
                .param("amountMin", d.amountMinWan()).param("amountMax", d.amountMaxWan())
                .param("termMin", d.termMinMonths()).param("termMax", d.termMaxMonths())
                .param("rateMin", d.rateMin()).param("rateMax", d.rateMax())
                .param("repayments", Csv.join(d.repaymentMethods())).param("online", d.online())
                .param("districts", Csv.join(c.regionCodes())).param("industries", Csv.join(c.industries()))
                .param("sizes", Csv.join(c.sizes())).param("minYears", c.minYearsInBusiness())
                .param("taxGrades", Csv.join(c.taxCreditGrades())).param("revenueMin", c.minRevenueWan())
                .param("revenueMax", c.maxRevenueWan())
                .param("creditGrade", c.minCreditGrade() == null ? null : c.minCreditGrade().name())
                .param("notDishonest", c.notOnDishonestyList()).param("materials", d.requiredMaterials())
                .param("features", d.features()).param("description", d.descriptionHtml())
                .param("contactName", d.contactName()).param("contactPhone", d.contactPhone())
                .param("tags", Csv.join(d.tags()));
    }

    private static String where(ProductFilter filter, long institutionId, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where institution_id = :institution");
        params.put("institution", institutionId);
        if (filter.status() != null) {
            where.append(" and status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.type() != null) {
            where.append(" and type = :type");
            params.put("type", filter.type().name());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            where.append(" and name like :q" + Like.ESCAPE);
            params.put("q", Like.contains(filter.q().trim()));
        }
        return where.toString();
    }

    /** Maps product rows with the institution names read beforehand (one cached read, not one per row). */
    RowMapper<Product> mapper() {
        InstitutionNames names = institutions.names();
        return (rs, row) -> map(rs, names);
    }

    private Product map(ResultSet rs, InstitutionNames names) throws SQLException {
        int minYears = rs.getInt("min_years");
        Integer years = rs.wasNull() ? null : minYears;
        String grade = rs.getString("min_credit_grade");
        AdmissionCriteria criteria = new AdmissionCriteria(years,
                Csv.enums(rs.getString("tax_grades"), TaxCreditGrade.class), rs.getBigDecimal("revenue_min_wan"),
                rs.getBigDecimal("revenue_max_wan"), Csv.enums(rs.getString("industries"), IndustrySection.class),
                Csv.strings(rs.getString("districts")), Csv.enums(rs.getString("sizes"), EnterpriseSize.class),
                grade == null ? null : CreditGrade.valueOf(grade), rs.getBoolean("not_dishonest"));
        long institutionId = rs.getLong("institution_id");
        return new Product(rs.getLong("id"), institutionId, names.of(institutionId), rs.getString("name"),
                ProductType.valueOf(rs.getString("type")),
                Csv.enums(rs.getString("guarantee_methods"), GuaranteeMethod.class),
                rs.getBigDecimal("amount_min_wan"), rs.getBigDecimal("amount_max_wan"), rs.getInt("term_min_months"),
                rs.getInt("term_max_months"), rs.getBigDecimal("rate_min"), rs.getBigDecimal("rate_max"),
                Csv.enums(rs.getString("repayment_methods"), RepaymentMethod.class), rs.getBoolean("online"), criteria,
                rs.getString("required_materials"), rs.getString("features"), rs.getString("description_html"),
                rs.getString("contact_name"), rs.getString("contact_phone"),
                Csv.enums(rs.getString("tags"), ProductTag.class), ProductStatus.valueOf(rs.getString("status")),
                rs.getObject("updated_at", OffsetDateTime.class).atZoneSameInstant(zone).toOffsetDateTime(),
                rs.getInt("version"));
    }
}
