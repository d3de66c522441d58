/**
 * City sites (分站): each city's platform site with its districts, hotline and contact, and which site a
 * visitor is on ({@code ?city=foshan}).
 *
 * <p>Kept apart from {@code portal} because every module needs to know the sites and districts, while
 * the portal's pages depend on most modules.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.xinyidai.site;
