package org.xinyidai.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.SmartView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.xinyidai.enterprise.EnterpriseSummary;
import org.xinyidai.enterprise.EnterpriseApi;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.messaging.MessageCentre;
import org.xinyidai.site.Site;
import org.xinyidai.site.SiteApi;

/**
 * What the layout needs on every page: the site, the sites to switch to, the user and their navigation. Added
 * after the handler and only when it renders a whole page: a redirect, an htmx fragment, JSON or a file never
 * pays for the header's reads (an {@code @ModelAttribute} method ran for every request, POSTs included).
 * A value the handler put in the model itself is kept.
 */
@Configuration(proxyBeanMethods = false)
class LayoutAttributes implements HandlerInterceptor, WebMvcConfigurer {

    private final SiteApi sites;
    private final ConsoleNavigation navigation;
    private final EnterpriseApi enterprises;
    private final MessageCentre messages;

    LayoutAttributes(SiteApi sites, ConsoleNavigation navigation, EnterpriseApi enterprises,
                     MessageCentre messages) {
        this.sites = sites;
        this.navigation = navigation;
        this.enterprises = enterprises;
        this.messages = messages;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/webjars/**", "/css/**", "/js/**", "/img/**");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView page) {
        if (!rendersFullPage(request, page)) {
            return;
        }
        Map<String, Object> model = page.getModel();
        model.putIfAbsent("currentSite", currentSite(request));
        model.putIfAbsent("sites", sites());
        model.putIfAbsent("currentPath", currentPath(request));
        model.putIfAbsent("me", me());
        model.putIfAbsent("navigation", navigation());
        model.putIfAbsent("currentEnterprise", currentEnterprise());
        model.putIfAbsent("unreadMessages", unreadMessages());
    }

    /**
     * A template rendered as a whole page: not a redirect or forward, not a fragment ({@code view :: part}),
     * not an htmx request (which swaps a part of the page) unless htmx boosts a whole page.
     */
    static boolean rendersFullPage(HttpServletRequest request, ModelAndView page) {
        if (page == null || !page.hasView() || page.wasCleared()) {
            return false;
        }
        if (page.getView() instanceof SmartView view && view.isRedirectView()) {
            return false;
        }
        String name = page.getViewName();
        if (name != null && (name.startsWith("redirect:") || name.startsWith("forward:") || name.contains("::"))) {
            return false;
        }
        return request.getHeader("HX-Request") == null || request.getHeader("HX-Boosted") != null;
    }

    /** The name of the enterprise an enterprise user acts as (当前企业), shown in the console's top bar. */
    String currentEnterprise() {
        CurrentUser user = me();
        return user == null || user.role() != Role.ENTERPRISE ? null
                : enterprises.current(user.accountId()).map(EnterpriseSummary::name).orElse(null);
    }

    Site currentSite(HttpServletRequest request) {
        return sites.current(request).orElse(null);
    }

    /** The sites a visitor can switch to (the header's 切换分站). */
    List<Site> sites() {
        return sites.active();
    }

    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    Long unreadMessages() {
        CurrentUser user = me();
        return user == null ? null : messages.unreadCount(user.accountId());
    }

    CurrentUser me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user ? user : null;
    }

    List<NavigationItem> navigation() {
        CurrentUser user = me();
        return user == null ? List.of() : navigation.itemsFor(user.role());
    }
}
