/**
 * Enterprises (我的企业): enterprises and the accounts bound to them, the current enterprise of an account,
 * real-name authentication (USCC check, certificate upload reviewed by the site's advisor, or legal-person face
 * verification through the {@link org.xinyidai.enterprise.FaceVerification} port) and the size classification
 * ({@link org.xinyidai.enterprise.SizingCategory}). {@link org.xinyidai.enterprise.EnterpriseApi} is what other
 * modules read; its events tell them of authentication requests and decisions.
 *
 * <p>One word: an enterprise (企业), never a company. Inside: {@code registry} (the {@code Enterprise} aggregate
 * with its rules, the accounts bound to it, adding, claiming and editing), {@code authentication} (certificates,
 * the face check and its simulation, the advisor's review), {@code web} (the pages).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "audit", "site"})
package org.xinyidai.enterprise;
