/**
 * Financing: demands, orders and their lifecycle, loan terms, repayment schedules and repayments; and the
 * figures read from them — the workbenches' overview, todos, monthly disbursement and rankings
 * ({@link org.xinyidai.financing.FinancingApi}) and the institution's node and manager performance. What
 * happens to an order is published as events (records in this package: {@code OrderSubmitted}, {@code OrderAssigned},
 * {@code OrderStatusChanged}, ...), which messaging turns into messages.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "audit", "site", "institution", "product", "enterprise"})
package org.xinyidai.financing;
