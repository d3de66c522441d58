package org.xinyidai.financing;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a financing order stands (DESIGN §4). The allowed moves are listed here once; every service and
 * page asks {@link #canMoveTo} rather than repeating them.
 */
public enum OrderStatus {
    SUBMITTED, ACCEPTED, REVIEWING, APPROVED, DISBURSED, SETTLED, REJECTED, WITHDRAWN, EXPIRED;

    private static final Set<OrderStatus> BEFORE_APPROVAL = EnumSet.of(SUBMITTED, ACCEPTED, REVIEWING);

    public boolean canMoveTo(OrderStatus next) {
        return switch (next) {
            case ACCEPTED -> this == SUBMITTED;
            case REVIEWING -> this == ACCEPTED;
            case APPROVED -> this == REVIEWING;
            case DISBURSED -> this == APPROVED || this == DISBURSED;
            case SETTLED -> this == DISBURSED;
            case REJECTED, WITHDRAWN -> BEFORE_APPROVAL.contains(this);
            case EXPIRED -> this == SUBMITTED;
            case SUBMITTED -> false;
        };
    }

    /** The enterprise may still withdraw (before a line is granted). */
    public boolean withdrawable() {
        return canMoveTo(WITHDRAWN);
    }

    /** Still being worked on: not settled, rejected, withdrawn or expired. */
    public boolean isOpen() {
        return !EnumSet.of(SETTLED, REJECTED, WITHDRAWN, EXPIRED).contains(this);
    }

    public String labelKey() {
        return "order.status." + name();
    }
}
