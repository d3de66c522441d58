package org.xinyidai.financing.order;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xinyidai.financing.OrderStatus;
import org.xinyidai.financing.order.ProgressEntry.ProgressKind;
import org.xinyidai.shared.Like;
import org.xinyidai.shared.Page;
import org.xinyidai.shared.PageRequest;

/** The order lists the pages show, each limited by the reader's scope in the SQL, and an order's timeline. */
@Repository
public class OrderSearch {

    private final JdbcClient jdbc;

    OrderSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of the matching orders, newest first. */
    public Page<Order> search(OrderFilter filter, OrderScope scope) {
        Map<String, Object> params = new HashMap<>(scope.params());
        String where = where(filter, scope, params);
        long total = jdbc.sql("select count(*) from financing_order o" + where).params(params).query(Long.class).single();
        PageRequest request = filter.pageRequest();
        params.put("limit", request.size());
        params.put("offset", request.offset());
        List<Order> rows = jdbc.sql(OrderRows.COLUMNS + where
                        + " order by o.submitted_at desc, o.id desc limit :limit offset :offset")
                .params(params).query(OrderRows::order).list();
        return new Page<>(rows, total, request);
    }

    /** Every matching order, for exports (bounded by the caller's scope). */
    public List<Order> all(OrderFilter filter, OrderScope scope) {
        Map<String, Object> params = new HashMap<>(scope.params());
        return jdbc.sql(OrderRows.COLUMNS + where(filter, scope, params) + " order by o.submitted_at desc, o.id desc")
                .params(params).query(OrderRows::order).list();
    }

    /** The orders dispatched from these demands that the reader sees, oldest first. */
    public List<Order> fromDemands(Collection<Long> demandIds, OrderScope scope) {
        if (demandIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(OrderRows.COLUMNS + " where o.demand_id in (:demands) and " + scope.condition() + " order by o.id")
                .param("demands", demandIds).params(scope.params()).query(OrderRows::order).list();
    }

    /** 超时退回: a site's expired orders the advisor has not sent on yet, oldest first. */
    public List<Order> expiredAwaitingRedispatch(String siteCode) {
        return jdbc.sql(OrderRows.COLUMNS + " where o.site_code = :site and o.status = 'EXPIRED'"
                        + " and o.redispatched_to is null order by o.updated_at, o.id")
                .param("site", siteCode).query(OrderRows::order).list();
    }

    /** The products that orders in scope were for, by id, for the list's filter. */
    public Map<Long, String> productsIn(OrderScope scope) {
        Map<Long, String> products = new LinkedHashMap<>();
        jdbc.sql("select distinct o.product_id, o.product_name from financing_order o where o.product_id is not null and "
                        + scope.condition() + " order by o.product_name")
                .params(scope.params()).query(rs -> {
                    products.put(rs.getLong(1), rs.getString(2));
                });
        return products;
    }

    /** An order's timeline (进度), oldest first; the caller has already read the order in its scope. */
    public List<ProgressEntry> timeline(long orderId) {
        return jdbc.sql("""
                select at, actor_account, actor_name, kind, from_status, to_status, reason_code, note from financing_progress
                where order_id = :order order by id""")
                .param("order", orderId)
                .query((rs, n) -> new ProgressEntry(rs.getObject("at", LocalDateTime.class),
                        rs.getObject("actor_account") == null ? null : rs.getLong("actor_account"), rs.getString("actor_name"),
                        ProgressKind.valueOf(rs.getString("kind")), status(rs.getString("from_status")),
                        status(rs.getString("to_status")), rs.getString("reason_code"), rs.getString("note")))
                .list();
    }

    private static OrderStatus status(String name) {
        return name == null ? null : OrderStatus.valueOf(name);
    }

    private static String where(OrderFilter f, OrderScope scope, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where ").append(scope.condition());
        if (f.status() != null) {
            where.append(" and o.status = :status");
            params.put("status", f.status().name());
        }
        if (f.from() != null) {
            where.append(" and o.submitted_at >= :from");
            params.put("from", f.from().atStartOfDay());
        }
        if (f.to() != null) {
            where.append(" and o.submitted_at < :to");
            params.put("to", f.to().plusDays(1).atStartOfDay());
        }
        if (f.productId() != null) {
            where.append(" and o.product_id = :product");
            params.put("product", f.productId());
        }
        if (f.nodeId() != null) {
            where.append(" and o.node_id = :node");
            params.put("node", f.nodeId());
        }
        if (f.managerAccount() != null) {
            where.append(" and o.manager_account = :manager");
            params.put("manager", f.managerAccount());
        }
        if (f.enterprise() != null && !f.enterprise().isBlank()) {
            where.append(" and lower(o.enterprise_name) like :enterprise" + Like.ESCAPE);
            params.put("enterprise", Like.contains(f.enterprise().strip().toLowerCase()));
        }
        return where.toString();
    }
}
