package org.xinyidai.financing;

import org.xinyidai.shared.Money;

/**
 * A new order waits for the institution (applied for in the supermarket or dispatched from a demand).
 *
 * @param nodePath       the node whose pool holds it (its admins and those above may assign it)
 * @param managerAccount the customer manager it went straight to, or null when it waits in the pool
 * @param amount         in yuan
 */
public record OrderSubmitted(long orderId, String orderNo, long enterpriseId, String enterpriseName,
                             long institutionId, String nodePath, Long managerAccount, Money amount) {
}
