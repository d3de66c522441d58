package org.xinyidai.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.account.Accounts;

/**
 * Runs on every request of a signed-in person. A disabled account's session ends at its next request,
 * on whichever node holds it (the check reads the database, not a node's memory). A staff member who
 * has not set a password yet can open nothing but the page that sets it.
 */
class SignedInAccountFilter extends OncePerRequestFilter {

    static final String SET_PASSWORD_PATH = "/account/password/setup";
    private static final List<String> OPEN_BEFORE_PASSWORD = List.of(SET_PASSWORD_PATH, "/logout", "/webjars/",
            "/css/", "/js/", "/img/", "/error", "/dev/sms", "/sms/send", "/favicon.ico");

    private final Accounts accounts;

    SignedInAccountFilter(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            if (!accounts.isActive(user.accountId())) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + "/login?disabled");
                return;
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
