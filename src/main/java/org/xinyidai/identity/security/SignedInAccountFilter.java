package org.xinyidai.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.SecurityContextRepository;
import org.xinyidai.identity.AccountStatus;
import org.xinyidai.identity.account.Account;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.account.Accounts;

/**
 * Runs on every request of a signed-in person and reads the account afresh (one primary-key query). A
 * disabled account's session ends at its next request, on whichever node holds it; a changed name,
 * branch or role takes effect at once. A staff member who
 * has not set a password yet can open nothing but the page that sets it.
 */
class SignedInAccountFilter extends OncePerRequestFilter {

    static final String SET_PASSWORD_PATH = "/account/password/setup";
    private static final List<String> OPEN_BEFORE_PASSWORD = List.of(SET_PASSWORD_PATH, "/logout", "/webjars/",
            "/css/", "/js/", "/img/", "/error", "/dev/sms", "/sms/send", "/favicon.ico");

    private final Accounts accounts;
    private final SecurityContextRepository contexts;

    SignedInAccountFilter(Accounts accounts, SecurityContextRepository contexts) {
        this.accounts = accounts;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser signedIn) {
            Optional<Account> account = accounts.findById(signedIn.accountId());
            if (account.isEmpty() || account.get().status() != AccountStatus.ACTIVE) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + "/login?disabled");
                return;
            }
            CurrentUser user = account.get().toCurrentUser();
            if (!user.equals(signedIn)) {
                // An admin moved, renamed or re-roled the account: the session follows at once.
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                        List.of(new SimpleGrantedAuthority(user.role().authority()))));
                SecurityContextHolder.setContext(context);
                contexts.saveContext(context, request, response);
            }
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (user.mustSetPassword() && OPEN_BEFORE_PASSWORD.stream().noneMatch(path::startsWith)) {
                response.sendRedirect(request.getContextPath() + SET_PASSWORD_PATH);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
