package org.xinyidai.financing.order;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.xinyidai.financing.order.ProgressEntry.ProgressKind;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.institution.InstitutionStaff.Colleague;
import org.xinyidai.institution.InstitutionStaff;
import org.xinyidai.institution.StaffHandedOver;

/**
 * 离职交接: when an admin hands a leaving manager's work to a colleague, every open order moves with it, in the
 * same transaction, each with a handover entry on its timeline and a notice to the colleague.
 */
@Component
class StaffHandovers {

    private final Orders orders;
    private final OrderNotices notices;
    private final InstitutionStaff staff;
    private final AccountAdministration accounts;
    private final Clock clock;
    private final ZoneId zone;

    StaffHandovers(Orders orders, OrderNotices notices, InstitutionStaff staff, AccountAdministration accounts,
                   Clock clock, ZoneId zone) {
        this.orders = orders;
        this.notices = notices;
        this.staff = staff;
        this.accounts = accounts;
        this.clock = clock;
        this.zone = zone;
    }

    @EventListener
    void on(StaffHandedOver event) {
        Colleague to = staff.managersIn(event.institutionId(), "/").stream()
                .filter(c -> c.accountId() == event.toAccountId()).findFirst()
                .orElseThrow(() -> new IllegalStateException("the colleague taking over is not an on-duty manager"));
        String actor = accounts.find(event.byAccountId()).map(a -> a.displayName()).orElse("");
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
        for (long id : orders.openOrdersOf(event.fromAccountId())) {
            Order order = orders.find(id).orElseThrow();
            if (!orders.handTo(order, to.accountId(), to.name(), to.nodeId(), to.nodePath(), now)) {
                throw new ActionRefused("order.refused.stale");
            }
            orders.addProgress(id, now, event.byAccountId(), actor, ProgressKind.HANDOVER, null, null, null, to.name());
            notices.assigned(order, to.accountId());
        }
    }
}
