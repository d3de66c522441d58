package org.xinyidai.financing.order;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.audit.OperationLog;
import org.xinyidai.financing.OrderStatus;
import org.xinyidai.financing.order.ProgressEntry.ProgressKind;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.Colleague;
import org.xinyidai.institution.InstitutionApi;

/**
 * Moves orders through their lifecycle (DESIGN §4): who may do what, in which state, and never two people at
 * once. Each action reads the order in the actor's scope (out of scope is "no such order"), checks the version
 * the actor saw, moves it with a versioned update and writes the timeline — or refuses with a reason and keeps
 * nothing.
 */
@Service
public class OrderLifecycle {

    /** How the timeline names the platform when nobody acted (pages show a localised label instead). */
    static final String SYSTEM_ACTOR = "system";

    private final Orders orders;
    private final OrderScopes scopes;
    private final OrderEvents events;
    private final RejectReasons reasons;
    private final InstitutionApi staff;
    private final OperationLog log;
    private final Clock clock;
    private final ZoneId zone;

    OrderLifecycle(Orders orders, OrderScopes scopes, OrderEvents events, RejectReasons reasons,
                   InstitutionApi staff, OperationLog log, Clock clock, ZoneId zone) {
        this.orders = orders;
        this.scopes = scopes;
        this.events = events;
        this.reasons = reasons;
        this.staff = staff;
        this.log = log;
        this.clock = clock;
        this.zone = zone;
    }

    /** The longest free text on a timeline entry. */
    public static final int MAX_NOTE = 500;

    /**
     * A note as it is kept: trimmed, null when empty; refused when required and empty or when too long.
     */
    public static String cleanNote(String note, boolean required) {
        String cleaned = note == null || note.isBlank() ? null : note.strip();
        if (cleaned == null && required) {
            throw new ActionRefused("order.refused.noteRequired");
        }
        if (cleaned != null && cleaned.length() > MAX_NOTE) {
            throw new ActionRefused("order.refused.noteTooLong", MAX_NOTE);
        }
        return cleaned;
    }

    /** The order as the person may see it, or {@link OrderNotFound}. */
    public Order visible(CurrentUser user, long orderId) {
        return orders.find(orderId, scopes.of(user)).orElseThrow(OrderNotFound::new);
    }

    /** 受理: the assigned manager takes the order on. */
    @Transactional
    public void accept(CurrentUser user, long orderId, int version) {
        managerMove(user, orderId, version, OrderStatus.ACCEPTED, null);
    }

    /** 提交审批: the manager puts the accepted order into the bank's approval. */
    @Transactional
    public void startReview(CurrentUser user, long orderId, int version) {
        managerMove(user, orderId, version, OrderStatus.REVIEWING, null);
    }

    /** 拒绝: the manager turns the order down, with a reason from the list and a text the enterprise reads. */
    @Transactional
    public void reject(CurrentUser user, long orderId, int version, String reasonCode, String text) {
        if (!reasons.isActive(reasonCode)) {
            throw new ActionRefused("order.refused.reasonRequired");
        }
        Order order = actionable(user, orderId, version, OrderStatus.REJECTED);
        requireManager(user, order);
        transition(user, order, OrderStatus.REJECTED, reasonCode, text);
    }

    /** 撤回: the enterprise withdraws its application before a line is granted. */
    @Transactional
    public void withdraw(CurrentUser user, long orderId, int version, String note) {
        if (user.role() != Role.ENTERPRISE) {
            throw new OrderNotFound();
        }
        Order order = actionable(user, orderId, version, OrderStatus.WITHDRAWN);
        transition(user, order, OrderStatus.WITHDRAWN, null, note);
    }

    /** A free progress note by the manager (or an admin in scope), at any state. */
    @Transactional
    public void addNote(CurrentUser user, long orderId, String note) {
        if (!user.role().isInstitutionRole()) {
            throw new OrderNotFound();
        }
        Order order = visible(user, orderId);
        orders.addProgress(order.id(), now(), user.accountId(), user.displayName(), ProgressKind.NOTE, null, null,
                null, note);
        log.record(user.did("ORDER_NOTE").on("financing_order", order.id()).withDetail(order.orderNo()));
    }

    /** 指派: an admin gives the order to a customer manager within their subtree. */
    @Transactional
    public void assign(CurrentUser user, long orderId, int version, long managerAccount) {
        Order order = adminActionable(user, orderId, version);
        Colleague manager = colleagueInScope(user, managerAccount);
        handTo(user, order, manager, ProgressKind.ASSIGN);
        events.assigned(order, manager.accountId());
        log.record(user.did("ORDER_ASSIGN").on("financing_order", order.id())
                .withDetail(order.orderNo() + " → " + manager.name()));
    }

    /** 回收: an admin takes the order back from its manager into the node's pool. */
    @Transactional
    public void recall(CurrentUser user, long orderId, int version) {
        Order order = adminActionable(user, orderId, version);
        if (order.managerAccount() == null) {
            throw new ActionRefused("order.refused.notAssigned");
        }
        if (!orders.handTo(order, null, null, order.nodeId(), order.nodePath(), now())) {
            throw new ActionRefused("order.refused.stale");
        }
        orders.addProgress(order.id(), now(), user.accountId(), user.displayName(), ProgressKind.RECALL, null, null,
                null, order.managerName());
        log.record(user.did("ORDER_RECALL").on("financing_order", order.id()).withDetail(order.orderNo()));
    }

    /** 业务移交: a manager hands one of their open orders to a colleague of the same institution. */
    @Transactional
    public void handOver(CurrentUser user, long orderId, int version, long colleagueAccount) {
        Order order = actionable(user, orderId, version, null);
        requireManager(user, order);
        if (!order.status().isOpen()) {
            throw new ActionRefused("order.refused.closed");
        }
        Colleague colleague = staff.managersIn(order.institutionId(), "/").stream()
                .filter(c -> c.accountId() == colleagueAccount && c.accountId() != user.accountId())
                .findFirst().orElseThrow(() -> new ActionRefused("order.refused.colleague"));
        handTo(user, order, colleague, ProgressKind.HANDOVER);
        events.assigned(order, colleague.accountId());
        log.record(user.did("ORDER_HANDOVER").on("financing_order", order.id())
                .withDetail(order.orderNo() + " → " + colleague.name()));
    }

    /**
     * 已超时: the acceptance deadline passed with the order still waiting; it goes back to the site's advisor
     * and both sides are told. Run by the deadline job, not by a person.
     */
    @Transactional
    public void expire(long orderId) {
        Order order = orders.find(orderId).orElseThrow(OrderNotFound::new);
        if (order.status() != OrderStatus.SUBMITTED || !orders.move(order, OrderStatus.EXPIRED, now())) {
            return;
        }
        orders.addProgress(order.id(), now(), null, SYSTEM_ACTOR, ProgressKind.STATUS, order.status(),
                OrderStatus.EXPIRED, null, null);
        events.expired(order);
    }

    /**
     * Moves an order the person may act on to its next state, with its timeline entry and the enterprise's
     * notice; the loan steps (approval, disbursement, settlement) use it too.
     */
    public void transition(CurrentUser user, Order order, OrderStatus to, String reasonCode, String note) {
        LocalDateTime at = now();
        if (!orders.move(order, to, at)) {
            throw new ActionRefused("order.refused.stale");
        }
        orders.addProgress(order.id(), at, user.accountId(), user.displayName(), ProgressKind.STATUS, order.status(),
                to, reasonCode, note);
        events.statusChanged(order, to);
        if (user.role().isStaff()) {
            log.record(user.did("ORDER_" + to.name()).on("financing_order", order.id()).withDetail(order.orderNo()));
        }
    }

    /** The order, if the person sees it, they saw its current version, and it may move to {@code to}. */
    public Order actionable(CurrentUser user, long orderId, int version, OrderStatus to) {
        Order order = visible(user, orderId);
        if (order.version() != version) {
            throw new ActionRefused("order.refused.stale");
        }
        if (to != null && !order.status().canMoveTo(to)) {
            throw new ActionRefused("order.refused.transition",
                    new DefaultMessageSourceResolvable(order.status().labelKey()));
        }
        return order;
    }

    /** Only the manager the order is assigned to works it; admins assign it first. */
    public void requireManager(CurrentUser user, Order order) {
        if (!order.assignedTo(user.accountId())) {
            throw new ActionRefused("order.refused.managerOnly");
        }
    }

    private void managerMove(CurrentUser user, long orderId, int version, OrderStatus to, String note) {
        Order order = actionable(user, orderId, version, to);
        requireManager(user, order);
        transition(user, order, to, null, note);
    }

    private Order adminActionable(CurrentUser user, long orderId, int version) {
        if (user.role() != Role.INST_HQ_ADMIN && user.role() != Role.INST_ADMIN) {
            throw new OrderNotFound();
        }
        Order order = actionable(user, orderId, version, null);
        if (!order.status().isOpen()) {
            throw new ActionRefused("order.refused.closed");
        }
        return order;
    }

    private Colleague colleagueInScope(CurrentUser admin, long managerAccount) {
        String path = scopes.subtreePath(admin).orElseThrow(OrderNotFound::new);
        return staff.managersIn(admin.institutionId(), path).stream()
                .filter(c -> c.accountId() == managerAccount)
                .findFirst().orElseThrow(() -> new ActionRefused("order.refused.colleague"));
    }

    private void handTo(CurrentUser user, Order order, Colleague to, ProgressKind kind) {
        if (order.assignedTo(to.accountId())) {
            throw new ActionRefused("order.refused.sameManager");
        }
        if (!orders.handTo(order, to.accountId(), to.name(), to.nodeId(), to.nodePath(), now())) {
            throw new ActionRefused("order.refused.stale");
        }
        orders.addProgress(order.id(), now(), user.accountId(), user.displayName(), kind, null, null, null,
                to.name());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(zone));
    }
}
