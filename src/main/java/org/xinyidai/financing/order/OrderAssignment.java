package org.xinyidai.financing.order;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.audit.OperationLog;
import org.xinyidai.financing.order.ProgressEntry.ProgressKind;
import org.xinyidai.identity.AccountId;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.InstitutionApi;
import org.xinyidai.institution.Colleague;
import org.xinyidai.shared.NotFound;
import org.xinyidai.shared.Refused;

/**
 * Who works an order: an admin assigns it to a customer manager of their subtree (指派) or takes it back into the
 * node's pool (回收); a manager hands one of their open orders to a colleague (业务移交).
 */
@Service
public class OrderAssignment {

    private final OrderLifecycle lifecycle;
    private final OrderScopes scopes;
    private final InstitutionApi staff;
    private final OperationLog log;
    private final Clock clock;
    private final ZoneId zone;

    OrderAssignment(OrderLifecycle lifecycle, OrderScopes scopes, InstitutionApi staff, OperationLog log, Clock clock,
                    ZoneId zone) {
        this.lifecycle = lifecycle;
        this.scopes = scopes;
        this.staff = staff;
        this.log = log;
        this.clock = clock;
        this.zone = zone;
    }

    /** 指派: an admin gives the order to a customer manager within their subtree. */
    @Transactional
    public void assign(CurrentUser user, long orderId, int version, AccountId managerAccount) {
        if (managerAccount == null) {
            throw new Refused("order.refused.colleague");
        }
        Order order = adminActionable(user, orderId, version);
        Colleague manager = colleagueInScope(user, managerAccount);
        order.handTo(Actor.of(user), manager, ProgressKind.ASSIGN, now());
        lifecycle.save(user, order);
        log.record(user.did("ORDER_ASSIGN").on("financing_order", order.id())
                .withDetail(order.orderNo() + " → " + manager.name()));
    }

    /** 回收: an admin takes the order back from its manager into the node's pool. */
    @Transactional
    public void recall(CurrentUser user, long orderId, int version) {
        Order order = adminActionable(user, orderId, version);
        order.recall(Actor.of(user), now());
        lifecycle.save(user, order);
        log.record(user.did("ORDER_RECALL").on("financing_order", order.id()).withDetail(order.orderNo()));
    }

    /** 业务移交: a manager hands one of their open orders to a colleague of the same institution. */
    @Transactional
    public void handOver(CurrentUser user, long orderId, int version, AccountId colleagueAccount) {
        if (colleagueAccount == null) {
            throw new Refused("order.refused.colleague");
        }
        Order order = lifecycle.actionable(user, orderId, version);
        Actor by = Actor.of(user);
        order.checkManagerMay(by, null);
        order.checkOpen();
        Colleague colleague = staff.managersIn(order.institutionId(), "/").stream()
                .filter(c -> c.accountId() == colleagueAccount.value() && c.accountId() != user.accountId())
                .findFirst().orElseThrow(() -> new Refused("order.refused.colleague"));
        order.handTo(by, colleague, ProgressKind.HANDOVER, now());
        lifecycle.save(user, order);
        log.record(user.did("ORDER_HANDOVER").on("financing_order", order.id())
                .withDetail(order.orderNo() + " → " + colleague.name()));
    }

    private Order adminActionable(CurrentUser user, long orderId, int version) {
        if (user.role() != Role.INST_HQ_ADMIN && user.role() != Role.INST_ADMIN) {
            throw new NotFound();
        }
        Order order = lifecycle.actionable(user, orderId, version);
        order.checkOpen();
        return order;
    }

    private Colleague colleagueInScope(CurrentUser admin, AccountId managerAccount) {
        String path = scopes.subtreePath(admin).orElseThrow(NotFound::new);
        return staff.managersIn(admin.institutionId(), path).stream()
                .filter(c -> c.accountId() == managerAccount.value())
                .findFirst().orElseThrow(() -> new Refused("order.refused.colleague"));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(zone));
    }
}
