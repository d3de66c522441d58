/**
 * Financial institutions: the institutions and their public profile; onboarding (入驻: the public
 * application, the platform admin's review, and on approval the institution, its head office and its HQ
 * admin); the branch tree (总行 → 分行 → 支行 → ..., any depth); staff (customer managers and admins,
 * approval, Excel import, handover); referral QR codes; performance from the orders. Identity provides
 * the accounts and the SMS port; every write is in the audit log.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "audit", "site"})
package org.xinyidai.institution;
