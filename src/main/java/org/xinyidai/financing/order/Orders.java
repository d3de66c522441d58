package org.xinyidai.financing.order;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.xinyidai.enterprise.EnterpriseId;
import org.xinyidai.financing.OrderStatus;

/**
 * Loads and saves {@link Order}s with their timeline. Every read takes the reader's scope; every change is a
 * versioned update of the order as it was read, so two people acting on the same page never both win.
 */
@Repository
public class Orders {

    private final JdbcClient jdbc;

    Orders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Order> find(long id, OrderScope scope) {
        return jdbc.sql(OrderRows.COLUMNS + " where o.id = :id and " + scope.condition())
                .param("id", id).params(scope.params()).query(OrderRows::order).optional();
    }

    /** An order whatever its scope, for the system's own jobs. */
    public Optional<Order> find(long id) {
        return find(id, new OrderScope("1 = 1", Map.of()));
    }

    /** An expired order of the site the advisor has not sent on yet. */
    public Optional<Order> expiredAwaitingRedispatch(long id, String siteCode) {
        return jdbc.sql(OrderRows.COLUMNS + " where o.id = :id and o.site_code = :site and o.status = 'EXPIRED'"
                        + " and o.redispatched_to is null")
                .param("id", id).param("site", siteCode).query(OrderRows::order).optional();
    }

    /**
     * Writes what changed: the row as a versioned update when it changed (refused as "someone else acted first"
     * when it changed meanwhile), then the new timeline entries. A closed order gives up its open_key, so the
     * enterprise may apply for the product again.
     */
    public void save(Order order) {
        if (!saveIfUnchanged(order)) {
            throw Order.stale();
        }
    }

    /** Like {@link #save}, false instead of a refusal when the order changed since it was read. */
    boolean saveIfUnchanged(Order order) {
        OrderChanges changes = order.changes();
        if (changes.rowChangedAt() != null && jdbc.sql("""
                update financing_order set status = :status, manager_account = :manager, manager_name = :managerName,
                    node_id = :node, node_path = :path, updated_at = :at, version = version + 1,
                    open_key = case when :open then open_key end
                where id = :id and version = :version""")
                .param("status", order.status().name()).param("manager", order.managerAccount())
                .param("managerName", order.managerName()).param("node", order.nodeId())
                .param("path", order.nodePath()).param("at", changes.rowChangedAt())
                .param("open", order.status().isOpen()).param("id", order.id()).param("version", order.version())
                .update() != 1) {
            return false;
        }
        changes.steps().forEach(step -> addProgress(order.id(), step));
        return true;
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

    /** Records that an expired order was sent on as another one; false when someone else already did. */
    public boolean markRedispatched(Order order, long newOrderId, LocalDateTime at) {
        return jdbc.sql("""
                update financing_order set redispatched_to = :to, updated_at = :at, version = version + 1
                where id = :id and version = :version and status = 'EXPIRED' and redispatched_to is null""")
                .param("to", newOrderId).param("at", at).param("id", order.id()).param("version", order.version())
                .update() == 1;
    }

    boolean hasOpenOrder(EnterpriseId enterprise, long productId) {
        return jdbc.sql("select count(*) from financing_order where enterprise_id = :enterprise and product_id = :product "
                        + "and status not in ('SETTLED', 'REJECTED', 'WITHDRAWN', 'EXPIRED')")
                .param("enterprise", enterprise.value()).param("product", productId).query(Long.class).single() > 0;
    }

    List<Long> openOrdersOf(long managerAccount) {
        return jdbc.sql("select id from financing_order where manager_account = :manager and status not in "
                        + "('SETTLED', 'REJECTED', 'WITHDRAWN', 'EXPIRED') order by id")
                .param("manager", managerAccount).query(Long.class).list();
    }

    /** Open orders routed to a manager that are still waiting, whose deadline has passed. */
    List<Long> overdueForAcceptance(LocalDateTime now) {
        return jdbc.sql("select id from financing_order where status = 'SUBMITTED' and accept_deadline < :now order by id")
                .param("now", now).query(Long.class).list();
    }

    /** Waiting orders due between two moments that have not been reminded of yet. */
    List<Long> deadlineWithin(LocalDateTime from, LocalDateTime to) {
        return jdbc.sql("""
                select id from financing_order where status = 'SUBMITTED' and deadline_warned = false
                and accept_deadline >= :from and accept_deadline < :to order by id""")
                .param("from", from).param("to", to).query(Long.class).list();
    }

    /** Marks the reminder sent; false when another run already did. */
    boolean markDeadlineWarned(long id) {
        return jdbc.sql("update financing_order set deadline_warned = true where id = :id and deadline_warned = false")
                .param("id", id).update() == 1;
    }

    private void addProgress(long orderId, ProgressEntry step) {
        jdbc.sql("""
                insert into financing_progress (order_id, at, actor_account, actor_name, kind, from_status, to_status,
                    reason_code, note)
                values (:order, :at, :actor, :actorName, :kind, :from, :to, :reason, :note)""")
                .param("order", orderId).param("at", step.at()).param("actor", step.actorAccount())
                .param("actorName", step.actorName()).param("kind", step.kind().name())
                .param("from", name(step.fromStatus())).param("to", name(step.toStatus()))
                .param("reason", step.reasonCode()).param("note", step.note()).update();
    }

    private static String name(OrderStatus status) {
        return status == null ? null : status.name();
    }
}
