package org.xinyidai.financing.order;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.xinyidai.financing.LoanDisbursed;
import org.xinyidai.financing.OrderAssigned;
import org.xinyidai.financing.OrderChannel;
import org.xinyidai.financing.OrderDeadlineNear;
import org.xinyidai.financing.OrderExpired;
import org.xinyidai.financing.OrderStatus;
import org.xinyidai.financing.OrderStatusChanged;
import org.xinyidai.financing.OrderSubmitted;
import org.xinyidai.financing.RepaymentRecorded;
import org.xinyidai.financing.order.ProgressEntry.ProgressKind;
import org.xinyidai.institution.Colleague;
import org.xinyidai.shared.Masking;
import org.xinyidai.shared.Money;
import org.xinyidai.shared.Refused;

/**
 * A financing order, the aggregate of this module (DESIGN §4): where it stands, who works it, and the rules of its
 * moves — which status may follow which, only the assigned manager works it, a closed order is not handed on.
 * A move it refuses throws a {@link Refused}; one it makes is recorded as timeline entries and events, which
 * {@link Orders#save} writes (a versioned update: two people acting on the same read never both win) and the
 * service publishes. The amount is in yuan, shown in 万元.
 */
public class Order {

    private final OrderFacts facts;
    private final int version;
    private OrderStatus status;
    private Placement placement;
    private final LocalDateTime updatedAt;
    private final OrderChanges changes = new OrderChanges();

    /** As stored; only {@link Orders} builds one. */
    Order(OrderFacts facts, Placement placement, OrderStatus status, LocalDateTime updatedAt, int version) {
        this.facts = facts;
        this.placement = placement;
        this.status = status;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** Refused unless the person acted on the version they saw. */
    public void seen(int seenVersion) {
        if (seenVersion != version) {
            throw stale();
        }
    }

    /** The order was just submitted (an application or a dispatch): its first entry, and the institution's notice. */
    public void submitted(Actor by, LocalDateTime at) {
        changes.step(ProgressKind.STATUS, by, null, OrderStatus.SUBMITTED, null, null, at);
        changes.raise(new OrderSubmitted(id(), orderNo(), enterpriseId(), enterpriseName(), institutionId(), nodePath(),
                managerAccount(), new Money(amount())));
    }

    /** Refused unless the order may move to {@code to} (when given) and {@code by} is its manager. */
    public void checkManagerMay(Actor by, OrderStatus to) {
        if (to != null) {
            checkMayMoveTo(to);
        }
        if (!by.is(managerAccount())) {
            throw new Refused("order.refused.managerOnly");
        }
    }

    /** 受理: the assigned manager takes the order on. */
    void accept(Actor by, LocalDateTime at) {
        moveByManager(by, OrderStatus.ACCEPTED, null, null, at);
    }

    /** 提交审批: the manager puts the accepted order into the bank's approval. */
    void startReview(Actor by, LocalDateTime at) {
        moveByManager(by, OrderStatus.REVIEWING, null, null, at);
    }

    /** 拒绝: the manager turns the order down, with a reason from the list and a text the enterprise reads. */
    void reject(Actor by, String reasonCode, String text, LocalDateTime at) {
        moveByManager(by, OrderStatus.REJECTED, reasonCode, text, at);
    }

    /** 授信: the manager granted a line (the loan feature keeps it). */
    public void approve(Actor by, LocalDateTime at) {
        moveByManager(by, OrderStatus.APPROVED, null, null, at);
    }

    /** 撤回: the enterprise withdraws its application before a line is granted. */
    void withdraw(Actor by, String note, LocalDateTime at) {
        checkMayMoveTo(OrderStatus.WITHDRAWN);
        move(by, OrderStatus.WITHDRAWN, null, note, at);
    }

    /** 已超时: still waiting past its deadline, back to the site's advisor; false when it no longer waits. */
    boolean expire(LocalDateTime at) {
        if (status != OrderStatus.SUBMITTED) {
            return false;
        }
        status = OrderStatus.EXPIRED;
        changes.rowChanged(at);
        changes.step(ProgressKind.STATUS, Actor.SYSTEM, OrderStatus.SUBMITTED, OrderStatus.EXPIRED, null, null, at);
        changes.raise(new OrderExpired(id(), orderNo(), enterpriseId(), institutionId(), managerAccount()));
        return true;
    }

    /** A free progress note, at any state; the order itself does not change. */
    void note(Actor by, String note, LocalDateTime at) {
        changes.step(ProgressKind.NOTE, by, null, null, null, note, at);
    }

    /** Refused when the order is closed (settled, rejected, withdrawn, expired): nobody hands it on. */
    void checkOpen() {
        if (!status.isOpen()) {
            throw new Refused("order.refused.closed");
        }
    }

    /** 指派 or 业务移交 (or a resignation's handover): the order goes to a manager at their node. */
    void handTo(Actor by, Colleague to, ProgressKind kind, LocalDateTime at) {
        if (assignedTo(to.accountId())) {
            throw new Refused("order.refused.sameManager");
        }
        placement = new Placement(to.nodeId(), to.nodePath(), to.accountId(), to.name());
        changes.rowChanged(at);
        changes.step(kind, by, null, null, null, to.name(), at);
        changes.raise(new OrderAssigned(id(), orderNo(), institutionId(), to.accountId()));
    }

    /** 回收: back from its manager into its node's pool. */
    void recall(Actor by, LocalDateTime at) {
        if (managerAccount() == null) {
            throw new Refused("order.refused.notAssigned");
        }
        String from = managerName();
        placement = new Placement(nodeId(), nodePath(), null, null);
        changes.rowChanged(at);
        changes.step(ProgressKind.RECALL, by, null, null, null, from, at);
    }

    /** 放款: money lent on the line; the first draw moves the order to DISBURSED, later ones are timeline entries. */
    public void disbursed(Actor by, LoanDisbursed lent, String note, LocalDateTime at) {
        checkManagerMay(by, OrderStatus.DISBURSED);
        changes.raise(lent);
        if (status == OrderStatus.APPROVED) {
            move(by, OrderStatus.DISBURSED, null, note, at);
        } else {
            changes.rowChanged(at);
            changes.step(ProgressKind.DISBURSE, by, null, null, null, note, at);
        }
    }

    /** Refused unless {@code by} is the manager and money was lent on the order. */
    public void checkRepayable(Actor by) {
        checkManagerMay(by, null);
        if (status != OrderStatus.DISBURSED) {
            throw new Refused("loan.refused.notDisbursed");
        }
    }

    /** 还款: a repayment recorded; the one that pays off the last loan settles the order (已结清). */
    public void repaid(Actor by, RepaymentRecorded repayment, String note, boolean allSettled, LocalDateTime at) {
        checkRepayable(by);
        changes.step(ProgressKind.REPAYMENT, by, null, null, null, note, at);
        changes.raise(repayment);
        if (allSettled) {
            move(by, OrderStatus.SETTLED, null, null, at);
        } else {
            changes.rowChanged(at);
        }
    }

    /** Its manager has less than a day left to accept it (nobody to tell while it waits in a pool). */
    void deadlineNear() {
        if (managerAccount() != null) {
            changes.raise(new OrderDeadlineNear(id(), orderNo(), managerAccount(), acceptDeadline()));
        }
    }

    private void moveByManager(Actor by, OrderStatus to, String reasonCode, String note, LocalDateTime at) {
        checkManagerMay(by, to);
        move(by, to, reasonCode, note, at);
    }

    private void checkMayMoveTo(OrderStatus to) {
        if (!status.canMoveTo(to)) {
            throw new Refused("order.refused.transition", new DefaultMessageSourceResolvable(status.labelKey()));
        }
    }

    private void move(Actor by, OrderStatus to, String reasonCode, String note, LocalDateTime at) {
        OrderStatus from = status;
        status = to;
        changes.moved(to);
        changes.rowChanged(at);
        changes.step(ProgressKind.STATUS, by, from, to, reasonCode, note, at);
        changes.raise(new OrderStatusChanged(id(), orderNo(), enterpriseId(), institutionId(), from, to));
    }

    static Refused stale() { return new Refused("order.refused.stale"); }

    public boolean assignedTo(long accountId) {
        return managerAccount() != null && managerAccount() == accountId;
    }

    public BigDecimal amountWan() { return Money.wan(amount()); }
    public String maskedContactPhone() { return Masking.phone(contactPhone()); }

    /** The events raised since it was loaded, for the service to publish once it is saved. */
    public List<Object> events() {
        return changes.events();
    }

    /** The status it moved to since it was loaded, or null. */
    public OrderStatus movedTo() { return changes.movedTo(); }

    OrderChanges changes() { return changes; }
    Placement placement() { return placement; }

    // What it is (fixed when it was made), and where it stands, as the pages read them.
    public long id() { return facts.id(); }
    public String orderNo() { return facts.orderNo(); }
    public String siteCode() { return facts.siteCode(); }
    public long enterpriseId() { return facts.enterpriseId(); }
    public String enterpriseName() { return facts.enterpriseName(); }
    public String enterpriseRegion() { return facts.enterpriseRegion(); }
    public long applicantAccount() { return facts.applicantAccount(); }
    public String contactName() { return facts.contactName(); }
    public String contactPhone() { return facts.contactPhone(); }
    public long institutionId() { return facts.institutionId(); }
    public Long productId() { return facts.productId(); }
    public String productName() { return facts.productName(); }
    public Long demandId() { return facts.demandId(); }
    public OrderChannel channel() { return facts.channel(); }
    public BigDecimal amount() { return facts.amount(); }
    public int termMonths() { return facts.termMonths(); }
    public String purpose() { return facts.purpose(); }
    public LocalDateTime submittedAt() { return facts.submittedAt(); }
    public LocalDateTime acceptDeadline() { return facts.acceptDeadline(); }
    public long nodeId() { return placement.nodeId(); }
    public String nodePath() { return placement.nodePath(); }
    public Long managerAccount() { return placement.managerAccount(); }
    public String managerName() { return placement.managerName(); }
    public OrderStatus status() { return status; }
    public LocalDateTime updatedAt() { return updatedAt; }
    public int version() { return version; }
}
