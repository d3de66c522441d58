package org.xinyidai.product.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xinyidai.product.Product;
import org.xinyidai.product.SupermarketPage;
import org.xinyidai.product.SupermarketQuery;

/**
 * The supermarket's query over published products: a page is two queries (the count and the rows), whatever
 * its length. The sets it filters on (districts, guarantee methods, tags) are matched in their join tables,
 * by index; every value is a named parameter.
 */
@Repository
class Supermarket {

    private final JdbcClient jdbc;
    private final Products products;

    Supermarket(JdbcClient jdbc, Products products) {
        this.jdbc = jdbc;
        this.products = products;
    }

    SupermarketPage search(SupermarketQuery q) {
        Map<String, Object> params = new HashMap<>();
        String where = where(q, params);
        long total = jdbc.sql("select count(*) from product_product" + where).params(params).query(Long.class).single();
        List<Product> page = jdbc.sql("select * from product_product" + where + orderBy(q.sort())
                        + " limit :limit offset :offset")
                .params(params).param("limit", SupermarketQuery.PAGE_SIZE)
                .param("offset", (Math.max(1, q.page()) - 1) * SupermarketQuery.PAGE_SIZE)
                .query(products.mapper()).list();
        return new SupermarketPage(page, total, Math.max(1, q.page()));
    }

    Optional<Product> find(long id, Set<String> siteRegions) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        String where = " where id = :id and status = 'PUBLISHED'" + onSite(siteRegions, params);
        return jdbc.sql("select * from product_product" + where).params(params).query(products.mapper()).optional();
    }

    private static String where(SupermarketQuery q, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where status = 'PUBLISHED'");
        where.append(onSite(q.siteRegions(), params));
        if (q.amountWan() != null) {
            where.append(" and amount_min_wan <= :amount and amount_max_wan >= :amount");
            params.put("amount", q.amountWan());
        }
        if (q.termMonths() != null) {
            where.append(" and term_min_months <= :term and term_max_months >= :term");
            params.put("term", q.termMonths());
        }
        if (q.guarantee() != null) {
            where.append(" and exists (select 1 from product_guarantee g where g.product_id = product_product.id"
                    + " and g.method = :guarantee)");
            params.put("guarantee", q.guarantee().name());
        }
        if (q.tag() != null) {
            where.append(" and exists (select 1 from product_tag t where t.product_id = product_product.id"
                    + " and t.tag = :tag)");
            params.put("tag", q.tag().name());
        }
        if (q.institutionId() != null) {
            where.append(" and institution_id = :institution");
            params.put("institution", q.institutionId());
        }
        if (q.type() != null) {
            where.append(" and type = :type");
            params.put("type", q.type().name());
        }
        return where.toString();
    }

    /** Serves one of the site's districts, or every district (no district listed). */
    private static String onSite(Set<String> regions, Map<String, Object> params) {
        if (regions.isEmpty()) {
            return " and districts is null";
        }
        params.put("regions", regions);
        return " and (districts is null or exists (select 1 from product_district d"
                + " where d.product_id = product_product.id and d.region_code in (:regions)))";
    }

    private static String orderBy(SupermarketQuery.Sort sort) {
        return switch (sort == null ? SupermarketQuery.Sort.NEWEST : sort) {
            case RATE -> " order by rate_min asc, id desc";
            case NEWEST, POPULAR -> " order by published_at desc, id desc";
        };
    }
}
