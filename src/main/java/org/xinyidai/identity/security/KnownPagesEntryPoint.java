package org.xinyidai.identity.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.RequestPath;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Where an anonymous visitor goes when a page needs sign-in: a page that exists sends them to the login page
 * (and back afterwards); an address no controller answers is a 404 with the site's page, as it is for people
 * signed in, instead of a login that leads nowhere.
 */
final class KnownPagesEntryPoint implements AuthenticationEntryPoint {

    private final AuthenticationEntryPoint login;
    private final HandlerMapping pages;

    /** {@code pages}: the mapping of the controllers' {@code @RequestMapping}s (not the static files' catch-all). */
    KnownPagesEntryPoint(AuthenticationEntryPoint login, HandlerMapping pages) {
        this.login = login;
        this.pages = pages;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if (isPage(request)) {
            login.commence(request, response, e);
        } else {
            response.sendError(HttpStatus.NOT_FOUND.value());
        }
    }

    private boolean isPage(HttpServletRequest request) {
        // The mapping reads the parsed path the DispatcherServlet normally caches; the filter chain runs before it.
        Object parsed = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        ServletRequestPathUtils.parseAndCache(request);
        try {
            return pages.getHandler(request) != null;
        } catch (Exception mappedButNotThisWay) {
            // e.g. a GET to a POST-only address: the page exists, signing in is what is missing.
            return true;
        } finally {
            if (parsed instanceof RequestPath path) {
                request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, path);
            } else {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }
}
