package org.xinyidai.product.catalog;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xinyidai.product.ProductSummary;
import org.xinyidai.product.SupermarketQuery;
import org.xinyidai.shared.Page;
import org.xinyidai.shared.PageRequest;

/**
 * The supermarket's query over published products: a page is two queries (the count and the rows), whatever
 * its length. The sets it filters on (districts, guarantee methods, tags) are matched in their join tables,
 * by index; every value is a named parameter.
 *
 * <p>"Most popular" orders by the applications (orders) each product received in the last
 * {@value #POPULAR_DAYS} days, ties by newest. That count reads {@code financing_order} in SQL, the one
 * read of another module's table here: financing depends on product, so product cannot call financing's API
 * (a cycle), and the count has to be inside the paged query to order by it. It reads two columns,
 * {@code product_id} and {@code submitted_at}, which the {@link org.xinyidai.product.ProductOrders} port
 * already relies on.
 */
@Repository
public class Supermarket {

    static final int POPULAR_DAYS = 90;

    private final JdbcClient jdbc;
    private final ProductRows rows;
    private final Clock clock;

    Supermarket(JdbcClient jdbc, ProductRows rows, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.clock = clock;
    }

    public Page<ProductSummary> search(SupermarketQuery q) {
        Map<String, Object> params = new HashMap<>();
        String where = where(q, params);
        long total = jdbc.sql("select count(*) from product_product" + where).params(params).query(Long.class).single();
        PageRequest request = atMostTheLast(q.pageRequest(), total);
        if (q.sort() == SupermarketQuery.Sort.POPULAR) {
            params.put("since", LocalDateTime.now(clock).minusDays(POPULAR_DAYS));
        }
        List<ProductSummary> page = jdbc.sql("select * from product_product" + where + orderBy(q.sort())
                        + " limit :limit offset :offset")
                .params(params).param("limit", request.size()).param("offset", request.offset())
                .query(rows.mapper()).list();
        return new Page<>(page, total, request);
    }

    /** A page past the end of the list reads as its last page. */
    private static PageRequest atMostTheLast(PageRequest asked, long total) {
        int last = (int) Math.max(1, (total + asked.size() - 1) / asked.size());
        return asked.number() > last ? new PageRequest(last, asked.size()) : asked;
    }

    public Optional<ProductSummary> find(long id, Set<String> siteRegions) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        String where = " where id = :id and status = 'PUBLISHED'" + onSite(siteRegions, params);
        return jdbc.sql("select * from product_product" + where).params(params).query(rows.mapper()).optional();
    }

    private static String where(SupermarketQuery q, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where status = 'PUBLISHED'");
        where.append(onSite(q.siteRegions(), params));
        if (q.amount() != null) {
            where.append(" and amount_min_wan <= :amount and amount_max_wan >= :amount");
            params.put("amount", q.amount().yuan().movePointLeft(4)); // the table keeps 万元
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
            case NEWEST -> " order by published_at desc, id desc";
            case POPULAR -> " order by (select count(*) from financing_order o where o.product_id = product_product.id"
                    + " and o.submitted_at >= :since) desc, published_at desc, id desc";
        };
    }
}
