/**
 * Demo data for the embedded database and the dev profile: the 佛山 site, three institutions with their
 * staff and published products, government officers, an advisor, a credit agency user, an admin and three enterprise users.
 * Loaded only when {@code xyd.demo.enabled} is true, through the other modules' APIs, and idempotent.
 *
 * <p>No API of its own: nothing reads it. Inside: {@code seed} (what is loaded, one class per module seeded, and the
 * banner every page shows when demo data is on outside the dev profile).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "site", "institution", "product", "enterprise", "credit"})
package org.xinyidai.demo;
