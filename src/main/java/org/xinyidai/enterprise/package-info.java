/**
 * Enterprises (我的企业): enterprises and the accounts bound to them, the current enterprise of an
 * account, real-name authentication (USCC check, certificate upload reviewed by the site's advisor, or
 * legal-person face verification through the {@link org.xinyidai.enterprise.FaceVerification} port) and
 * the size classification. {@link org.xinyidai.enterprise.Enterprises} is what other modules read.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "audit", "site"})
package org.xinyidai.enterprise;
