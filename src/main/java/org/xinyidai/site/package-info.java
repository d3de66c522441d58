/**
 * City sites (分站): each city's platform site with its districts, hotline and contact, which site a visitor is on
 * ({@code ?city=foshan}, {@code /foshan/...}), and the platform admin's pages for them (城市分站管理).
 * {@link org.xinyidai.site.SiteApi} is what other modules read.
 *
 * <p>Kept apart from {@code portal} because every module needs to know the sites and districts, while
 * the portal's pages depend on most modules. Inside: {@code directory} (the sites and their districts, cached,
 * their images, the rules on a site's code), {@code selection} (the visitor's site: the {@code ?city=} parameter and
 * the {@code /code/} prefix; identity's {@code AccountSites} port, answered from here), {@code admin} (the admin's writes and the rules they check, uploaded images),
 * {@code web} (the admin pages and the images served to visitors).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "audit"})
package org.xinyidai.site;
