package org.xinyidai.messaging.inbound;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.xinyidai.enterprise.EnterpriseApi;
import org.xinyidai.financing.OrderAssigned;
import org.xinyidai.financing.OrderDeadlineNear;
import org.xinyidai.financing.OrderExpired;
import org.xinyidai.financing.OrderStatusChanged;
import org.xinyidai.financing.OrderSubmitted;
import org.xinyidai.institution.InstitutionApi;
import org.xinyidai.messaging.MessageCentre;
import org.xinyidai.messaging.MessageType;
import org.xinyidai.messaging.Notice;
import org.xinyidai.shared.Money;

/**
 * Tells the people of an order what happened to it, through the message centre (and SMS where they want it).
 * Each event is handled after financing committed, in a transaction of its own: a failure here never undoes the
 * order, and the event publication registry delivers the event again (on restart) until it went through.
 */
@Component
class OrderNotices {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageCentre messages;
    private final EnterpriseApi enterprises;
    private final InstitutionApi staff;
    private final MessageSource labels;

    OrderNotices(MessageCentre messages, EnterpriseApi enterprises, InstitutionApi staff, MessageSource labels) {
        this.messages = messages;
        this.enterprises = enterprises;
        this.staff = staff;
        this.labels = labels;
    }

    /**
     * A new order waits: its manager is told, or — when it waits in a node's pool — the admins of that node and
     * of the nodes above it, who can assign it.
     */
    @ApplicationModuleListener
    void on(OrderSubmitted order) {
        List<Long> recipients = order.managerAccount() != null ? List.of(order.managerAccount())
                : staff.adminsOver(order.institutionId(), order.nodePath());
        for (long recipient : recipients) {
            messages.post(new Notice(recipient, MessageType.NEW_ORDER, "message.order.new",
                    List.of(order.orderNo(), order.enterpriseName(), wan(order.amount().yuan())), bankLink(order.orderId())));
        }
    }

    @ApplicationModuleListener
    void on(OrderAssigned assigned) {
        messages.post(new Notice(assigned.managerAccount(), MessageType.ORDER_ASSIGNED, "message.order.assigned",
                List.of(assigned.orderNo()), bankLink(assigned.orderId())));
    }

    /** The enterprise's people learn the new status, named in the platform's language. */
    @ApplicationModuleListener
    void on(OrderStatusChanged change) {
        String statusLabel = labels.getMessage(change.to().labelKey(), null, Locale.SIMPLIFIED_CHINESE);
        for (long account : enterprises.accountsOf(change.enterpriseId())) {
            messages.post(new Notice(account, MessageType.ORDER_STATUS, "message.order.status",
                    List.of(change.orderNo(), statusLabel), enterpriseLink(change.orderId())));
        }
    }

    @ApplicationModuleListener
    void on(OrderExpired expired) {
        List<String> args = List.of(expired.orderNo());
        for (long account : enterprises.accountsOf(expired.enterpriseId())) {
            messages.post(new Notice(account, MessageType.ORDER_EXPIRED, "message.order.expired", args,
                    enterpriseLink(expired.orderId())));
        }
        if (expired.managerAccount() != null) {
            messages.post(new Notice(expired.managerAccount(), MessageType.ORDER_EXPIRED, "message.order.expired", args,
                    bankLink(expired.orderId())));
        }
    }

    @ApplicationModuleListener
    void on(OrderDeadlineNear near) {
        messages.post(new Notice(near.managerAccount(), MessageType.DEADLINE_NEAR, "message.order.deadline",
                List.of(near.orderNo(), near.acceptDeadline().format(SHOWN)), bankLink(near.orderId())));
    }

    private static String bankLink(long orderId) {
        return "/institution/orders/" + orderId;
    }

    private static String enterpriseLink(long orderId) {
        return "/enterprise/orders/" + orderId;
    }

    private static String wan(BigDecimal yuan) {
        return Money.wan(yuan).toPlainString();
    }
}
