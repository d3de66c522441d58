package org.xinyidai.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.account.SignInService;

/** Writes the logout to the operation log before the session ends. */
@Component
class AuditingLogoutHandler implements LogoutHandler {

    private final SignInService signIns;

    AuditingLogoutHandler(SignInService signIns) {
        this.signIns = signIns;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            signIns.recordLogout(user.accountId());
        }
    }
}
