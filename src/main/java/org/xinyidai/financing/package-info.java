/** Financing: demands, orders and their lifecycle, loan terms, repayment schedules and repayments. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "audit", "site", "institution", "product", "enterprise", "messaging"})
package org.xinyidai.financing;
