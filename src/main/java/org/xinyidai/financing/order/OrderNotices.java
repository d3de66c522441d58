package org.xinyidai.financing.order;

import org.xinyidai.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xinyidai.enterprise.Enterprises;
import org.xinyidai.financing.OrderStatus;
import org.xinyidai.institution.InstitutionStaff;
import org.xinyidai.messaging.MessageCentre;
import org.xinyidai.messaging.MessageType;
import org.xinyidai.messaging.Notice;

/** Tells the people of an order what happened to it, through the message centre (and SMS where they want it). */
@Component
public class OrderNotices {

    private final MessageCentre messages;
    private final Enterprises enterprises;
    private final MessageSource labels;
    private final InstitutionStaff staff;

    OrderNotices(MessageCentre messages, Enterprises enterprises, MessageSource labels, InstitutionStaff staff) {
        this.messages = messages;
        this.enterprises = enterprises;
        this.labels = labels;
        this.staff = staff;
    }

    /**
     * A new order waits: its manager is told, or — when it waits in a node's pool — the admins of that node and
     * of the nodes above it, who can assign it.
     */
    public void newOrder(Order order) {
        List<Long> recipients = order.managerAccount() != null ? List.of(order.managerAccount())
                : staff.adminsOver(order.institutionId(), order.nodePath());
        for (long recipient : recipients) {
            messages.post(new Notice(recipient, MessageType.NEW_ORDER, "message.order.new",
                    List.of(order.orderNo(), order.enterpriseName(), wan(order.amount())), bankLink(order)));
        }
    }

    void assigned(Order order, long managerAccount) {
        messages.post(new Notice(managerAccount, MessageType.ORDER_ASSIGNED, "message.order.assigned",
                List.of(order.orderNo()), bankLink(order)));
    }

    /** The enterprise's people learn the new status, named in the platform's language. */
    void statusChanged(Order order, OrderStatus to) {
        String statusLabel = labels.getMessage(to.labelKey(), null, Locale.SIMPLIFIED_CHINESE);
        for (long account : enterprises.accountsOf(order.enterpriseId())) {
            messages.post(new Notice(account, MessageType.ORDER_STATUS, "message.order.status",
                    List.of(order.orderNo(), statusLabel), "/enterprise/orders/" + order.id()));
        }
    }

    void expired(Order order) {
        List<String> args = List.of(order.orderNo());
        for (long account : enterprises.accountsOf(order.enterpriseId())) {
            messages.post(new Notice(account, MessageType.ORDER_EXPIRED, "message.order.expired", args,
                    "/enterprise/orders/" + order.id()));
        }
        if (order.managerAccount() != null) {
            messages.post(new Notice(order.managerAccount(), MessageType.ORDER_EXPIRED, "message.order.expired", args,
                    bankLink(order)));
        }
    }

    void deadlineNear(Order order, String deadline) {
        if (order.managerAccount() != null) {
            messages.post(new Notice(order.managerAccount(), MessageType.DEADLINE_NEAR, "message.order.deadline",
                    List.of(order.orderNo(), deadline), bankLink(order)));
        }
    }

    private static String bankLink(Order order) {
        return "/institution/orders/" + order.id();
    }

    private static String wan(BigDecimal yuan) {
        return Money.wan(yuan).toPlainString();
    }
}
