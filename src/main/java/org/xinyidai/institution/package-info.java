/**
 * Financial institutions: the institutions, their branch tree (总行 → 分行 → 支行 → ..., any depth),
 * and, as later issues land, onboarding, staff, referral codes and performance.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "audit", "site"})
package org.xinyidai.institution;
