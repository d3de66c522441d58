package org.xinyidai.financing.order;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.xinyidai.financing.OrderAssigned;
import org.xinyidai.financing.OrderDeadlineNear;
import org.xinyidai.financing.OrderExpired;
import org.xinyidai.financing.OrderStatus;
import org.xinyidai.financing.OrderStatusChanged;
import org.xinyidai.financing.OrderSubmitted;

/**
 * Tells the other modules what happened to an order, as events published in the caller's transaction: they
 * are recorded with it and delivered after the commit (messaging turns them into messages and SMS).
 */
@Component
public class OrderEvents {

    private final ApplicationEventPublisher events;

    OrderEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    public void submitted(Order order) {
        events.publishEvent(new OrderSubmitted(order.id(), order.orderNo(), order.enterpriseId(),
                order.enterpriseName(), order.institutionId(), order.nodePath(), order.managerAccount(),
                order.amount()));
    }

    void assigned(Order order, long managerAccount) {
        events.publishEvent(new OrderAssigned(order.id(), order.orderNo(), order.institutionId(), managerAccount));
    }

    void statusChanged(Order order, OrderStatus to) {
        events.publishEvent(new OrderStatusChanged(order.id(), order.orderNo(), order.enterpriseId(),
                order.institutionId(), order.status(), to));
    }

    void expired(Order order) {
        events.publishEvent(new OrderExpired(order.id(), order.orderNo(), order.enterpriseId(), order.institutionId(),
                order.managerAccount()));
    }

    void deadlineNear(Order order) {
        if (order.managerAccount() != null) {
            events.publishEvent(new OrderDeadlineNear(order.id(), order.orderNo(), order.managerAccount(),
                    order.acceptDeadline()));
        }
    }
}
