/**
 * Credit (信用): the credit agencies (信用服务机构) and their public profiles in the directory of 信用机构.
 * {@link org.xinyidai.credit.CreditAgencies} is what other modules (the demo data) use.
 *
 * <p>Inside: {@code agency} (the agencies' profiles and the directory), {@code web} (the pages).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "audit", "site", "enterprise"})
package org.xinyidai.credit;
