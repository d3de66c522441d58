package org.xinyidai.financing.order;

import java.util.List;

/** One page of an order list and how many orders match in all. */
public record OrderPage(List<Order> orders, long total, int page) {

    public int pages() {
        return (int) Math.max(1, (total + OrderFilter.PAGE_SIZE - 1) / OrderFilter.PAGE_SIZE);
    }
}
