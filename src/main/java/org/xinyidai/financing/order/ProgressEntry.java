package org.xinyidai.financing.order;

import java.time.LocalDateTime;
import org.xinyidai.financing.OrderStatus;

/**
 * One line of an order's timeline (进度).
 *
 * @param kind what happened: a status change, a free note, an assignment, a recall or a handover
 */
public record ProgressEntry(LocalDateTime at, Long actorAccount, String actorName, ProgressKind kind, OrderStatus fromStatus,
                            OrderStatus toStatus, String reasonCode, String note) {

    /** Done by the platform itself (a deadline passing), not by a person. */
    public boolean bySystem() {
        return actorAccount == null;
    }

    public enum ProgressKind {
        STATUS, NOTE, ASSIGN, RECALL, HANDOVER, DISBURSE, REPAYMENT;

        public String labelKey() {
            return "order.progress." + name();
        }
    }
}
