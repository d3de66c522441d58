/**
 * Demo data for the embedded database and the dev profile: the 佛山 site, three institutions with their
 * staff, government officers, an advisor, a credit agency user, an admin and three enterprise users.
 * Loaded only when {@code xyd.demo.enabled} is true, through the other modules' APIs, and idempotent.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "site", "institution"})
package org.xinyidai.demo;
