package org.xinyidai.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.xinyidai.enterprise.EnterpriseSummary;
import org.xinyidai.enterprise.Enterprises;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.site.Site;
import org.xinyidai.site.SiteSelection;
import org.xinyidai.site.Sites;

/** What the layout needs on every page: the site, the sites to switch to, the user and their navigation. */
@ControllerAdvice
class LayoutAttributes {

    private final SiteSelection siteSelection;
    private final Sites sites;
    private final ConsoleNavigation navigation;
    private final Enterprises enterprises;

    LayoutAttributes(SiteSelection siteSelection, Sites sites, ConsoleNavigation navigation, Enterprises enterprises) {
        this.siteSelection = siteSelection;
        this.sites = sites;
        this.navigation = navigation;
        this.enterprises = enterprises;
    }

    /** The name of the enterprise an enterprise user acts as (当前企业), shown in the console's top bar. */
    @ModelAttribute("currentEnterprise")
    String currentEnterprise() {
        CurrentUser user = me();
        return user == null || user.role() != Role.ENTERPRISE ? null
                : enterprises.current(user.accountId()).map(EnterpriseSummary::name).orElse(null);
    }

    @ModelAttribute("currentSite")
    Site currentSite(HttpServletRequest request) {
        return siteSelection.current(request).orElse(null);
    }

    /** The sites a visitor can switch to (the header's 切换分站). */
    @ModelAttribute("sites")
    List<Site> sites() {
        return sites.all().stream().filter(Site::active).toList();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("me")
    CurrentUser me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user ? user : null;
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation() {
        CurrentUser user = me();
        return user == null ? List.of() : navigation.itemsFor(user.role());
    }
}
