package org.xinyidai.financing;

/**
 * The acceptance deadline (受理时限) passed with the order still waiting; it went back to the site's advisor.
 *
 * @param managerAccount the manager it waited with, or null when it waited in a pool
 */
public record OrderExpired(long orderId, String orderNo, long enterpriseId, long institutionId, Long managerAccount) {
}
