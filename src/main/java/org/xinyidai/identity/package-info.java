/**
 * Identity: accounts of every role, passwords, SMS codes, login by password or SMS code, registration,
 * password reset, lockout, staff second factor and sessions.
 *
 * <p>Its API: {@link org.xinyidai.identity.CurrentUser} (who is signed in and where they belong),
 * {@link org.xinyidai.identity.Role}, {@link org.xinyidai.identity.AccountAdministration} (admins and the demo
 * data create accounts), {@link org.xinyidai.identity.AccountId}, the
 * {@link org.xinyidai.identity.EnterpriseRegistered} event and the {@link org.xinyidai.identity.SmsGateway} port
 * every module sends SMS through. Its own port {@link org.xinyidai.identity.AccountSites} tells it about the city
 * sites: identity may not read the {@code site} module, whose pages need identity.
 *
 * <p>Inside: {@code account} (accounts, passwords, registration, sign-in, the admin's accounts), {@code sms}
 * (verification codes and the default SMS adapter), {@code security} (who may open what, the session),
 * {@code web} (the pages).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit"})
package org.xinyidai.identity;
