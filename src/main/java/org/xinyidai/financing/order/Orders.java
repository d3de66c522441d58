package org.xinyidai.financing.order;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.xinyidai.financing.OrderChannel;
import org.xinyidai.financing.OrderStatus;
import org.xinyidai.financing.order.ProgressEntry.ProgressKind;
import org.xinyidai.shared.Like;

/** The order table and its timeline. Every read takes the reader's scope; every change checks the version. */
@Repository
public class Orders {

    private static final String COLUMNS = """
            select o.id, o.order_no, o.site_code, o.enterprise_id, o.enterprise_name, o.enterprise_region,
                   o.applicant_account, o.contact_name, o.contact_phone, o.institution_id, o.node_id, o.node_path,
                   o.manager_account, o.manager_name, o.product_id, o.product_name, o.demand_id, o.channel, o.amount,
                   o.term_months, o.purpose, o.status, o.submitted_at, o.accept_deadline, o.updated_at, o.version
            from financing_order o""";

    private final JdbcClient jdbc;

    Orders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Order> find(long id, OrderScope scope) {
        return jdbc.sql(COLUMNS + " where o.id = :id and " + scope.condition())
                .param("id", id).params(scope.params()).query(this::map).optional();
    }

    /** An order whatever its scope, for the system's own jobs. */
    public Optional<Order> find(long id) {
        return find(id, new OrderScope("1 = 1", Map.of()));
    }

    public OrderPage search(OrderFilter filter, OrderScope scope) {
        Map<String, Object> params = new HashMap<>(scope.params());
        String where = where(filter, scope, params);
        long total = jdbc.sql("select count(*) from financing_order o" + where).params(params).query(Long.class).single();
        int page = filter.pageOrFirst();
        params.put("limit", OrderFilter.PAGE_SIZE);
        params.put("offset", (page - 1) * OrderFilter.PAGE_SIZE);
        List<Order> rows = jdbc.sql(COLUMNS + where + " order by o.submitted_at desc, o.id desc limit :limit offset :offset")
                .params(params).query(this::map).list();
        return new OrderPage(rows, total, page);
    }

    /** Every matching order, for exports (bounded by the caller's scope). */
    public List<Order> all(OrderFilter filter, OrderScope scope) {
        Map<String, Object> params = new HashMap<>(scope.params());
        return jdbc.sql(COLUMNS + where(filter, scope, params) + " order by o.submitted_at desc, o.id desc")
                .params(params).query(this::map).list();
    }

    /** The orders dispatched from these demands that the reader sees, oldest first. */
    public List<Order> fromDemands(java.util.Collection<Long> demandIds, OrderScope scope) {
        if (demandIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " where o.demand_id in (:demands) and " + scope.condition() + " order by o.id")
                .param("demands", demandIds).params(scope.params()).query(this::map).list();
    }

    /** 超时退回: a site's expired orders the advisor has not sent on yet, oldest first. */
    public List<Order> expiredAwaitingRedispatch(String siteCode) {
        return jdbc.sql(COLUMNS + " where o.site_code = :site and o.status = 'EXPIRED' and o.redispatched_to is null"
                        + " order by o.updated_at, o.id")
                .param("site", siteCode).query(this::map).list();
    }

    /** An expired order of the site the advisor has not sent on yet. */
    public Optional<Order> expiredAwaitingRedispatch(long id, String siteCode) {
        return jdbc.sql(COLUMNS + " where o.id = :id and o.site_code = :site and o.status = 'EXPIRED'"
                        + " and o.redispatched_to is null")
                .param("id", id).param("site", siteCode).query(this::map).optional();
    }

    /** Records that an expired order was sent on as another one; false when someone else already did. */
    public boolean markRedispatched(Order order, long newOrderId, LocalDateTime at) {
        return jdbc.sql("""
                update financing_order set redispatched_to = :to, updated_at = :at, version = version + 1
                where id = :id and version = :version and status = 'EXPIRED' and redispatched_to is null""")
                .param("to", newOrderId).param("at", at).param("id", order.id()).param("version", order.version())
                .update() == 1;
    }

    /** Open orders routed to a manager that are still waiting, whose deadline has passed. */
    public List<Long> overdueForAcceptance(LocalDateTime now) {
        return jdbc.sql("select id from financing_order where status = 'SUBMITTED' and accept_deadline < :now order by id")
                .param("now", now).query(Long.class).list();
    }

    /** Waiting orders due between two moments that have not been reminded of yet. */
    public List<Long> deadlineWithin(LocalDateTime from, LocalDateTime to) {
        return jdbc.sql("""
                select id from financing_order where status = 'SUBMITTED' and deadline_warned = false
                and accept_deadline >= :from and accept_deadline < :to order by id""")
                .param("from", from).param("to", to).query(Long.class).list();
    }

    /** Marks the reminder sent; false when another run already did. */
    public boolean markDeadlineWarned(long id) {
        return jdbc.sql("update financing_order set deadline_warned = true where id = :id and deadline_warned = false")
                .param("id", id).update() == 1;
    }

    /** The products that orders in scope were for, by id, for the list's filter. */
    public Map<Long, String> productsIn(OrderScope scope) {
        Map<Long, String> products = new java.util.LinkedHashMap<>();
        jdbc.sql("select distinct o.product_id, o.product_name from financing_order o where o.product_id is not null and "
                        + scope.condition() + " order by o.product_name")
                .params(scope.params()).query(rs -> {
                    products.put(rs.getLong(1), rs.getString(2));
                });
        return products;
    }

    public long insert(NewOrder o, LocalDateTime at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into financing_order (site_code, enterprise_id, enterprise_name, enterprise_region,
                    applicant_account, contact_name, contact_phone, institution_id, node_id, node_path, manager_account,
                    manager_name, product_id, product_name, demand_id, channel, amount, term_months, purpose, status,
                    submitted_at, accept_deadline, updated_at, open_key)
                values (:site, :enterprise, :enterpriseName, :region, :applicant, :contactName, :contactPhone,
                    :institution, :node, :path, :manager, :managerName, :product, :productName, :demand, :channel,
                    :amount, :term, :purpose, 'SUBMITTED', :at, :deadline, :at, :openKey)""")
                .param("site", o.siteCode())
                .param("enterprise", o.enterpriseId()).param("enterpriseName", o.enterpriseName())
                .param("region", o.enterpriseRegion()).param("applicant", o.applicantAccount())
                .param("contactName", o.contactName()).param("contactPhone", o.contactPhone())
                .param("institution", o.institutionId()).param("node", o.nodeId()).param("path", o.nodePath())
                .param("manager", o.managerAccount()).param("managerName", o.managerName())
                .param("product", o.productId()).param("productName", o.productName()).param("demand", o.demandId())
                .param("channel", o.channel().name()).param("amount", o.amount()).param("term", o.termMonths())
                .param("purpose", o.purpose()).param("at", at).param("deadline", o.acceptDeadline())
                .param("openKey", o.openKey())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        jdbc.sql("update financing_order set order_no = :no where id = :id")
                .param("no", orderNumber(at, id)).param("id", id).update();
        return id;
    }

    /** The order number people read out on the phone: RZ, the day, and the id padded to six digits. */
    static String orderNumber(LocalDateTime at, long id) {
        return "RZ%04d%02d%02d%06d".formatted(at.getYear(), at.getMonthValue(), at.getDayOfMonth(), id % 1_000_000);
    }

    /**
     * Moves an order on if nobody changed it since it was read; false when someone else won. A closed order gives
     * up its open_key, so the enterprise may apply for the product again.
     */
    public boolean move(Order order, OrderStatus to, LocalDateTime at) {
        return jdbc.sql("""
                update financing_order set status = :to, updated_at = :at, version = version + 1,
                    open_key = case when :open then open_key end
                where id = :id and version = :version and status = :from""")
                .param("to", to.name()).param("at", at).param("id", order.id()).param("version", order.version())
                .param("open", to.isOpen()).param("from", order.status().name()).update() == 1;
    }

    /**
     * Puts an order in a manager's hands at their node (or back in the node's pool with a null manager), if
     * unchanged since read.
     */
    public boolean handTo(Order order, Long managerAccount, String managerName, long nodeId, String nodePath,
                          LocalDateTime at) {
        return jdbc.sql("""
                update financing_order set manager_account = :manager, manager_name = :name, node_id = :node,
                    node_path = :path, updated_at = :at, version = version + 1
                where id = :id and version = :version""")
                .param("manager", managerAccount).param("name", managerName).param("node", nodeId)
                .param("path", nodePath).param("at", at)
                .param("id", order.id()).param("version", order.version()).update() == 1;
    }

    /** Bumps the version without another change, so a concurrent action on the same read fails. */
    public boolean touch(Order order, LocalDateTime at) {
        return jdbc.sql("update financing_order set updated_at = :at, version = version + 1 where id = :id and version = :version")
                .param("at", at).param("id", order.id()).param("version", order.version()).update() == 1;
    }

    public boolean hasOpenOrder(long enterpriseId, long productId) {
        return jdbc.sql("select count(*) from financing_order where enterprise_id = :enterprise and product_id = :product "
                        + "and status not in ('SETTLED', 'REJECTED', 'WITHDRAWN', 'EXPIRED')")
                .param("enterprise", enterpriseId).param("product", productId).query(Long.class).single() > 0;
    }

    public List<Long> openOrdersOf(long managerAccount) {
        return jdbc.sql("select id from financing_order where manager_account = :manager and status not in "
                        + "('SETTLED', 'REJECTED', 'WITHDRAWN', 'EXPIRED') order by id")
                .param("manager", managerAccount).query(Long.class).list();
    }

    public void addProgress(long orderId, LocalDateTime at, Long actorAccount, String actorName, ProgressKind kind,
                            OrderStatus from, OrderStatus to, String reasonCode, String note) {
        jdbc.sql("""
                insert into financing_progress (order_id, at, actor_account, actor_name, kind, from_status, to_status,
                    reason_code, note)
                values (:order, :at, :actor, :actorName, :kind, :from, :to, :reason, :note)""")
                .param("order", orderId).param("at", at).param("actor", actorAccount).param("actorName", actorName)
                .param("kind", kind.name()).param("from", from == null ? null : from.name())
                .param("to", to == null ? null : to.name()).param("reason", reasonCode).param("note", note).update();
    }

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

    private Order map(ResultSet rs, int n) throws SQLException {
        long manager = rs.getLong("manager_account");
        Long managerAccount = rs.wasNull() ? null : manager;
        long product = rs.getLong("product_id");
        Long productId = rs.wasNull() ? null : product;
        long demand = rs.getLong("demand_id");
        Long demandId = rs.wasNull() ? null : demand;
        return new Order(rs.getLong("id"), rs.getString("order_no"), rs.getString("site_code"),
                rs.getLong("enterprise_id"), rs.getString("enterprise_name"), rs.getString("enterprise_region"),
                rs.getLong("applicant_account"), rs.getString("contact_name"), rs.getString("contact_phone"),
                rs.getLong("institution_id"), rs.getLong("node_id"), rs.getString("node_path"), managerAccount,
                rs.getString("manager_name"), productId, rs.getString("product_name"), demandId,
                OrderChannel.valueOf(rs.getString("channel")), rs.getBigDecimal("amount"), rs.getInt("term_months"),
                rs.getString("purpose"), OrderStatus.valueOf(rs.getString("status")),
                rs.getObject("submitted_at", LocalDateTime.class), rs.getObject("accept_deadline", LocalDateTime.class),
                rs.getObject("updated_at", LocalDateTime.class), rs.getInt("version"));
    }
}
