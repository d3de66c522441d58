/**
 * Identity: accounts of every role, passwords, SMS codes, login by password or SMS code, registration,
 * password reset, lockout, staff second factor and sessions.
 *
 * <p>Its API: {@link org.xinyidai.identity.CurrentUser} (who is signed in and where they belong),
 * {@link org.xinyidai.identity.Role}, {@link org.xinyidai.identity.AccountAdministration} (admins and the demo
 * data create accounts) and the {@link org.xinyidai.identity.SmsGateway} port every module sends SMS through.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit", "site"})
package org.xinyidai.identity;
