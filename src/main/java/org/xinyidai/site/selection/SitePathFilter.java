package org.xinyidai.site.selection;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.xinyidai.site.directory.SiteCodes;

/**
 * {@code /foshan/help} chooses the 佛山 site for the session and goes on to {@code /help} (query kept);
 * {@code /foshan} alone goes to the home page. A first path segment that is no site's code passes
 * through untouched. Runs before Spring Security so a site prefix works in front of any page.
 */
class SitePathFilter extends OncePerRequestFilter {

    /** Before Spring Security's filter chain (Boot registers it at -100). */
    static final int ORDER = -110;

    private final VisitorSite selection;

    SitePathFilter(VisitorSite selection) {
        this.selection = selection;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String method = request.getMethod();
        if (("GET".equals(method) || "HEAD".equals(method)) && path.length() > 1) {
            int end = path.indexOf('/', 1);
            String first = end < 0 ? path.substring(1) : path.substring(1, end);
            if (SiteCodes.wellFormed(first) && !SiteCodes.reserved(first) && selection.choose(first, request)) {
                String rest = end < 0 ? "/" : path.substring(end);
                String query = request.getQueryString();
                response.sendRedirect(request.getContextPath() + rest + (query == null ? "" : "?" + query));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<SitePathFilter> sitePathFilter(VisitorSite selection) {
            FilterRegistrationBean<SitePathFilter> registration = new FilterRegistrationBean<>(new SitePathFilter(selection));
            registration.setOrder(ORDER);
            registration.addUrlPatterns("/*");
            return registration;
        }
    }
}
