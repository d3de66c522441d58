package org.xinyidai.product.catalog;

import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.xinyidai.product.ProductDraft;
import org.xinyidai.product.ProductStatus;
import org.xinyidai.product.ProductSummary;
import org.xinyidai.shared.admission.AdmissionCriteria;
import org.xinyidai.shared.Like;
import org.xinyidai.shared.Page;
import org.xinyidai.shared.PageRequest;
import org.xinyidai.shared.Refused;

/**
 * Loads and saves {@link Product}s (the products table, amounts kept in 万元 as the forms enter them) and reads
 * them as {@link ProductSummary}s. Staff reads are always scoped to the reader's institution in the SQL.
 */
@Repository
public class Products {

    private static final String COLUMNS = "select * from product_product";

    private final JdbcClient jdbc;
    private final ProductRows rows;

    Products(JdbcClient jdbc, ProductRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    /** A product of this institution; empty for one that does not exist or belongs to another (404). */
    public Optional<ProductSummary> find(long id, long institutionId) {
        return jdbc.sql(COLUMNS + " where id = :id and institution_id = :institution")
                .param("id", id).param("institution", institutionId).query(rows.mapper()).optional();
    }

    /** The product of this institution, to change it. */
    Optional<Product> load(long id, long institutionId) {
        return find(id, institutionId).map(Product::new);
    }

    public Optional<ProductSummary> find(long id) {
        return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(rows.mapper()).optional();
    }

    Optional<Long> findIdByName(long institutionId, String name) {
        return jdbc.sql("select id from product_product where institution_id = :institution and name = :name")
                .param("institution", institutionId).param("name", name).query(Long.class).optional();
    }

    /** One page of the institution's products, last changed first. */
    public Page<ProductSummary> search(ProductFilter filter, long institutionId) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, institutionId, params);
        PageRequest request = filter.pageRequest();
        long total = jdbc.sql("select count(*) from product_product" + where).params(params).query(Long.class)
                .single();
        List<ProductSummary> found = jdbc.sql(COLUMNS + where + " order by updated_at desc, id desc"
                        + " limit :limit offset :offset")
                .params(params).param("limit", request.size()).param("offset", request.offset())
                .query(rows.mapper()).list();
        return new Page<>(found, total, request);
    }

    public Map<ProductStatus, Long> countByStatus(long institutionId) {
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

    /**
     * Writes a changed product as a versioned update (its content when it was edited, its status always): refused,
     * with the transition's own words, when someone else changed it first.
     */
    void save(Product product) {
        if (!product.changed()) {
            return;
        }
        ProductDraft d = product.newDraft();
        String published = product.justPublished() ? ", published_at = :at" : "";
        String sql = d == null
                ? "update product_product set status = :status, updated_at = :at, version = version + 1" + published
                        + " where id = :id and institution_id = :institution and version = :version"
                : """
                update product_product set name = :name, type = :type, guarantee_methods = :guarantees,
                    amount_min_wan = :amountMin, amount_max_wan = :amountMax, term_min_months = :termMin,
                    term_max_months = :termMax, rate_min = :rateMin, rate_max = :rateMax, repayment_methods = :repayments,
                    online = :online, districts = :districts, industries = :industries, sizes = :sizes,
                    min_years = :minYears, tax_grades = :taxGrades, revenue_min_wan = :revenueMin,
                    revenue_max_wan = :revenueMax, min_credit_grade = :creditGrade, not_dishonest = :notDishonest,
                    required_materials = :materials, features = :features, description_html = :description,
                    contact_name = :contactName, contact_phone = :contactPhone, tags = :tags, status = :status,
                    updated_at = :at, version = version + 1
                where id = :id and institution_id = :institution and version = :version""";
        JdbcClient.StatementSpec spec = jdbc.sql(sql);
        if (d != null) {
            spec = bind(spec, d);
        }
        int updated = spec.param("status", product.status().name()).param("at", product.changedAt())
                .param("id", product.id()).param("institution", product.institutionId())
                .param("version", product.version()).update();
        if (updated != 1) {
            throw new Refused(product.refusalIfChangedMeanwhile());
        }
        if (d != null) {
            writeSets(product.id(), d);
        }
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

    void delete(long id, long institutionId) {
        jdbc.sql("delete from product_product where id = :id and institution_id = :institution")
                .param("id", id).param("institution", institutionId).update();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ProductDraft d) {
        AdmissionCriteria c = d.criteria();
        return spec.param("name", d.name()).param("type", d.type().name())
                .param("guarantees", Csv.join(d.guaranteeMethods()))
                .param("amountMin", d.amountMin().inWan()).param("amountMax", d.amountMax().inWan())
                .param("termMin", d.termMinMonths()).param("termMax", d.termMaxMonths())
                .param("rateMin", d.rateMin().percent()).param("rateMax", d.rateMax().percent())
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
}
