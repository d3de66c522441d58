package org.xinyidai.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import org.xinyidai.identity.CurrentUser;

/**
 * Starts (or refreshes) a signed-in session: a new session id (no fixation), a fresh CSRF token, and
 * the {@link CurrentUser} as the principal. Answers where to go next: the page that asked for sign-in,
 * or the role's console.
 */
@Component
public class SessionSignIn {

    private final SecurityContextRepository contexts;
    private final CsrfTokenRepository csrfTokens;
    private final RequestCache requestCache;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    SessionSignIn(SecurityContextRepository contexts, CsrfTokenRepository csrfTokens, RequestCache requestCache) {
        this.contexts = contexts;
        this.csrfTokens = csrfTokens;
        this.requestCache = requestCache;
    }

    public String signIn(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
        request.getSession(true);
        request.changeSessionId();
        csrfTokens.saveToken(null, request, response);
        store(user, request, response);
        SavedRequest saved = requestCache.getRequest(request, response);
        requestCache.removeRequest(request, response);
        if (user.mustSetPassword()) {
            return SignedInAccountFilter.SET_PASSWORD_PATH;
        }
        return saved != null ? saved.getRedirectUrl() : user.role().consoleHome();
    }

    /** Replaces the principal of the current session, e.g. once a first password is set. */
    public void refresh(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
        store(user, request, response);
    }

    private void store(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(user.role().authority()))));
        holder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
