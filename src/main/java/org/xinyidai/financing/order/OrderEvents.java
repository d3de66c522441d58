package org.xinyidai.financing.order;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the other modules what happened to an order, as the events it raised, published in the caller's
 * transaction once the order is saved: they are recorded with it and delivered after the commit (messaging turns
 * them into messages and SMS).
 */
@Component
public class OrderEvents {

    private final ApplicationEventPublisher events;

    OrderEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** Publishes every event the order raised since it was loaded; once per saved order. */
    public void publish(Order order) {
        order.events().forEach(events::publishEvent);
    }
}
