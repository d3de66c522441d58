package org.xinyidai.financing.order;

import java.time.LocalDate;
import org.xinyidai.financing.OrderStatus;

/** The filters of an order list, from the URL; any may be empty. */
public record OrderFilter(OrderStatus status, LocalDate from, LocalDate to, Long productId, Long nodeId,
                          Long managerAccount, String enterprise, Integer page) {

    public static final int PAGE_SIZE = 20;

    public static OrderFilter none() {
        return new OrderFilter(null, null, null, null, null, null, null, null);
    }

    public int pageOrFirst() {
        return page == null || page < 1 ? 1 : page;
    }
}
