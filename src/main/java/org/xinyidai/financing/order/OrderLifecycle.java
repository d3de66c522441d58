package org.xinyidai.financing.order;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.audit.OperationLog;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.shared.NotFound;
import org.xinyidai.shared.Refused;

/**
 * Moves orders through their lifecycle (DESIGN §4). Each action reads the order in the actor's scope (out of
 * scope is "no such order"), as the version the actor saw, asks the {@link Order} to move — it refuses what its
 * rules forbid — and saves it, publishing its events; or refuses with a reason and keeps nothing.
 */
@Service
public class OrderLifecycle {

    private final Orders orders;
    private final OrderScopes scopes;
    private final OrderEvents events;
    private final RejectReasons reasons;
    private final OperationLog log;
    private final Clock clock;
    private final ZoneId zone;

    OrderLifecycle(Orders orders, OrderScopes scopes, OrderEvents events, RejectReasons reasons, OperationLog log,
                   Clock clock, ZoneId zone) {
        this.orders = orders;
        this.scopes = scopes;
        this.events = events;
        this.reasons = reasons;
        this.log = log;
        this.clock = clock;
        this.zone = zone;
    }

    /** The order as the person may see it, or {@link NotFound}. */
    public Order visible(CurrentUser user, long orderId) {
        return orders.find(orderId, scopes.of(user)).orElseThrow(NotFound::new);
    }

    /** The order, if the person sees it and saw its current version. */
    public Order actionable(CurrentUser user, long orderId, int version) {
        Order order = visible(user, orderId);
        order.seen(version);
        return order;
    }

    /** 受理: the assigned manager takes the order on. */
    @Transactional
    public void accept(CurrentUser user, long orderId, int version) {
        Order order = actionable(user, orderId, version);
        order.accept(Actor.of(user), now());
        save(user, order);
    }

    /** 提交审批: the manager puts the accepted order into the bank's approval. */
    @Transactional
    public void startReview(CurrentUser user, long orderId, int version) {
        Order order = actionable(user, orderId, version);
        order.startReview(Actor.of(user), now());
        save(user, order);
    }

    /** 拒绝: the manager turns the order down, with a reason from the list and a text the enterprise reads. */
    @Transactional
    public void reject(CurrentUser user, long orderId, int version, String reasonCode, String text) {
        String cleaned = Notes.clean(text, false);
        if (!reasons.isActive(reasonCode)) {
            throw new Refused("order.refused.reasonRequired");
        }
        Order order = actionable(user, orderId, version);
        order.reject(Actor.of(user), reasonCode, cleaned, now());
        save(user, order);
    }

    /** 撤回: the enterprise withdraws its application before a line is granted. */
    @Transactional
    public void withdraw(CurrentUser user, long orderId, int version, String note) {
        String cleaned = Notes.clean(note, false);
        if (user.role() != Role.ENTERPRISE) {
            throw new NotFound();
        }
        Order order = actionable(user, orderId, version);
        order.withdraw(Actor.of(user), cleaned, now());
        save(user, order);
    }

    /** A free progress note by the manager (or an admin in scope), at any state. */
    @Transactional
    public void addNote(CurrentUser user, long orderId, String note) {
        String cleaned = Notes.clean(note, true);
        if (!user.role().isInstitutionRole()) {
            throw new NotFound();
        }
        Order order = visible(user, orderId);
        order.note(Actor.of(user), cleaned, now());
        orders.save(order);
        log.record(user.did("ORDER_NOTE").on("financing_order", order.id()).withDetail(order.orderNo()));
    }

    /**
     * 已超时: the acceptance deadline passed with the order still waiting; it goes back to the site's advisor
     * and both sides are told. Run by the deadline job, not by a person.
     */
    @Transactional
    public void expire(long orderId) {
        Order order = orders.find(orderId).orElseThrow(NotFound::new);
        if (order.expire(now()) && orders.saveIfUnchanged(order)) {
            events.publish(order);
        }
    }

    /**
     * Saves an order a person changed (here, in the assignment or in the loan steps) and publishes its events; a
     * status move by staff goes into the operation log.
     */
    public void save(CurrentUser user, Order order) {
        orders.save(order);
        events.publish(order);
        if (order.movedTo() != null && user.role().isStaff()) {
            log.record(user.did("ORDER_" + order.movedTo().name()).on("financing_order", order.id())
                    .withDetail(order.orderNo()));
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(zone));
    }
}
