/**
 * Financial institutions: the institutions, their branch tree (总行 → 分行 → 支行 → ..., any depth),
 * onboarding (入驻: the public application, the platform admin's review, and on approval the institution,
 * its head office and its HQ admin's account), and, as later issues land, staff, referral codes and
 * performance. Identity provides the accounts and the SMS port; every write is in the audit log.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "audit"})
package org.xinyidai.institution;
