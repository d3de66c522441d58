package org.xinyidai.financing;

/** An order has a new customer manager: assigned by an admin, handed over by a colleague or on resignation. */
public record OrderAssigned(long orderId, String orderNo, long institutionId, long managerAccount) {
}
