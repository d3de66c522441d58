package org.xinyidai.financing.order;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The acceptance clock (受理时限): every few minutes, orders still waiting past their site's deadline expire back
 * to the advisor, and managers of orders due within a day get one reminder.
 */
@Component
public class AcceptanceDeadlines {

    private final Orders orders;
    private final OrderLifecycle lifecycle;
    private final OrderEvents events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ZoneId zone;

    AcceptanceDeadlines(Orders orders, OrderLifecycle lifecycle, OrderEvents events,
                        PlatformTransactionManager transactions, Clock clock, ZoneId zone) {
        this.orders = orders;
        this.lifecycle = lifecycle;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.zone = zone;
    }

    @Scheduled(fixedDelayString = "${xyd.financing.deadline-check:PT5M}", initialDelayString = "PT1M")
    public void run() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
        orders.overdueForAcceptance(now).forEach(lifecycle::expire);
        for (long id : orders.deadlineWithin(now, now.plusDays(1))) {
            // The warned mark and the event commit together: one reminder, and never a lost one.
            transaction.executeWithoutResult(status -> orders.find(id).ifPresent(order -> {
                if (orders.markDeadlineWarned(id)) {
                    order.deadlineNear();
                    events.publish(order);
                }
            }));
        }
    }
}
