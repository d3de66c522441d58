package org.xinyidai.messaging.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.SmartView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.messaging.internal.Messages;

/**
 * The header's unread badge on every page of a signed-in person: one indexed COUNT, counted only when a whole
 * page is rendered (not for redirects, htmx fragments, JSON or files, which show no header).
 */
@Configuration(proxyBeanMethods = false)
class UnreadMessages implements HandlerInterceptor, WebMvcConfigurer {

    private final Messages messages;

    UnreadMessages(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/webjars/**", "/css/**", "/js/**", "/img/**");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView page) {
        if (rendersFullPage(request, page)) {
            page.getModel().putIfAbsent("unreadMessages", unreadMessages());
        }
    }

    Long unreadMessages() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user
                ? messages.countUnread(user.accountId()) : null;
    }

    /** Same rule as the portal's layout: a whole template, not a redirect, fragment or htmx swap. */
    private static boolean rendersFullPage(HttpServletRequest request, ModelAndView page) {
        if (page == null || !page.hasView() || page.wasCleared()
                || page.getView() instanceof SmartView view && view.isRedirectView()) {
            return false;
        }
        String name = page.getViewName();
        if (name != null && (name.startsWith("redirect:") || name.startsWith("forward:") || name.contains("::"))) {
            return false;
        }
        return request.getHeader("HX-Request") == null || request.getHeader("HX-Boosted") != null;
    }
}
