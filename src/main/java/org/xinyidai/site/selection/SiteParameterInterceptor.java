package org.xinyidai.site.selection;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.xinyidai.site.UnknownSiteException;

/**
 * Applies {@code ?city=...} on any page, so the city notice's links land on the right site. The notice
 * writes {@code ?city=Foshan}, so case does not matter; an unknown city is answered with the list of
 * sites (the portal handles {@link UnknownSiteException}) rather than silently ignored.
 */
@Configuration(proxyBeanMethods = false)
class SiteParameterInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final VisitorSite selection;

    SiteParameterInterceptor(VisitorSite selection) {
        this.selection = selection;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String city = request.getParameter("city");
        if (city != null && !city.isBlank() && !selection.choose(city.trim(), request)) {
            throw new UnknownSiteException(city.trim());
        }
        return true;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/webjars/**", "/css/**", "/js/**", "/img/**", "/error",
                "/error/**");
    }
}
