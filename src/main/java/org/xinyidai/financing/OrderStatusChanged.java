package org.xinyidai.financing;

/** An order moved from one status to the next (by its manager, the enterprise or the loan steps). */
public record OrderStatusChanged(long orderId, String orderNo, long enterpriseId, long institutionId,
                                 OrderStatus from, OrderStatus to) {
}
