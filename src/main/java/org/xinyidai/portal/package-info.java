/**
 * The public shell and the consoles' frame: the public home page, the layout every page uses, the
 * language switch, each role's console home and side navigation, and the error pages.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "site", "institution"})
package org.xinyidai.portal;
