package org.xinyidai.financing.order;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The acceptance clock (受理时限): every few minutes, orders still waiting past their site's deadline expire back
 * to the advisor, and managers of orders due within a day get one reminder.
 */
@Component
public class AcceptanceDeadlines {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Orders orders;
    private final OrderLifecycle lifecycle;
    private final OrderNotices notices;
    private final Clock clock;
    private final ZoneId zone;

    AcceptanceDeadlines(Orders orders, OrderLifecycle lifecycle, OrderNotices notices, Clock clock, ZoneId zone) {
        this.orders = orders;
        this.lifecycle = lifecycle;
        this.notices = notices;
        this.clock = clock;
        this.zone = zone;
    }

    @Scheduled(fixedDelayString = "${xyd.financing.deadline-check:PT5M}", initialDelayString = "PT1M")
    public void run() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
        orders.overdueForAcceptance(now).forEach(lifecycle::expire);
        for (long id : orders.deadlineWithin(now, now.plusDays(1))) {
            orders.find(id).ifPresent(order -> {
                if (orders.markDeadlineWarned(id)) {
                    notices.deadlineNear(order, order.acceptDeadline().format(SHOWN));
                }
            });
        }
    }
}
