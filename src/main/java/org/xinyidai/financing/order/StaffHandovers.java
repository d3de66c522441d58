package org.xinyidai.financing.order;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.xinyidai.financing.order.ProgressEntry.ProgressKind;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.institution.Colleague;
import org.xinyidai.institution.InstitutionApi;
import org.xinyidai.institution.StaffHandedOver;

/**
 * 离职交接: when an admin hands a leaving manager's work to a colleague, every open order moves with it, each with
 * a handover entry on its timeline and an {@code OrderAssigned} event (the colleague's notice).
 *
 * <p>A plain {@code @EventListener}, in the publisher's transaction, on purpose: the handover and the orders
 * moving are one decision — if an order cannot move (changed meanwhile), the whole handover is refused and
 * rolled back, rather than leaving a resigned manager holding open orders that no one else can act on.
 */
@Component
class StaffHandovers {

    private final Orders orders;
    private final OrderEvents events;
    private final InstitutionApi staff;
    private final AccountAdministration accounts;
    private final Clock clock;
    private final ZoneId zone;

    StaffHandovers(Orders orders, OrderEvents events, InstitutionApi staff, AccountAdministration accounts,
                   Clock clock, ZoneId zone) {
        this.orders = orders;
        this.events = events;
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
        Actor by = new Actor(event.byAccountId(),
                accounts.find(event.byAccountId()).map(a -> a.displayName()).orElse(""));
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
        for (long id : orders.openOrdersOf(event.fromAccountId())) {
            Order order = orders.find(id).orElseThrow();
            order.handTo(by, to, ProgressKind.HANDOVER, now);
            orders.save(order);
            events.publish(order);
        }
    }
}
