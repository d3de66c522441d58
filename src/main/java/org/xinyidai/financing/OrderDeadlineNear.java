package org.xinyidai.financing;

import java.time.LocalDateTime;

/** An order's manager has less than a day left to accept it; published once per order. */
public record OrderDeadlineNear(long orderId, String orderNo, long managerAccount, LocalDateTime acceptDeadline) {
}
