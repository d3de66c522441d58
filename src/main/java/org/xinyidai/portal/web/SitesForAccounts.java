package org.xinyidai.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.xinyidai.identity.AccountSites;
import org.xinyidai.site.Site;
import org.xinyidai.site.SiteApi;

/**
 * Identity's view of the city sites ({@link AccountSites}), answered from the site module: the portal depends on
 * both, while identity may not depend on site (site's pages need identity).
 */
@Component
class SitesForAccounts implements AccountSites {

    private final SiteApi sites;

    SitesForAccounts(SiteApi sites) {
        this.sites = sites;
    }

    @Override
    public List<SiteChoice> choices() {
        return sites.all().stream().map(SitesForAccounts::choice).toList();
    }

    @Override
    public Optional<String> visitorSite(HttpServletRequest request) {
        return sites.current(request).map(Site::code);
    }

    private static SiteChoice choice(Site site) {
        return new SiteChoice(site.code(), site.regionCode(), site.name(), site.nameEn(), site.districts().stream()
                .map(d -> new RegionChoice(d.regionCode(), d.name(), d.nameEn())).toList());
    }
}
