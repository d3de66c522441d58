package org.xinyidai.financing.order;

import java.time.LocalDate;
import org.xinyidai.financing.OrderStatus;
import org.xinyidai.shared.PageRequest;

/** The filters of an order list, from the URL; any may be empty. */
public record OrderFilter(OrderStatus status, LocalDate from, LocalDate to, Long productId, Long nodeId,
                          Long managerAccount, String enterprise, Integer page) {

    public static final int PAGE_SIZE = 20;

    public static OrderFilter none() {
        return new OrderFilter(null, null, null, null, null, null, null, null);
    }

    public PageRequest pageRequest() {
        return PageRequest.of(page, PAGE_SIZE);
    }
}
