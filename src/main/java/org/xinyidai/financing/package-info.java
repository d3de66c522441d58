/**
 * Financing: demands, orders and their lifecycle, loan terms, repayment schedules and repayments; and the
 * figures read from them — the workbenches' overview, todos, monthly disbursement and rankings
 * ({@link org.xinyidai.financing.FinancingFigures}) and the institution's node and manager performance.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "audit", "site", "institution", "product", "enterprise", "messaging"})
package org.xinyidai.financing;
