package org.xinyidai.site.selection;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.xinyidai.identity.AccountSites;
import org.xinyidai.site.Site;
import org.xinyidai.site.directory.Sites;

/**
 * Identity's view of the city sites ({@link AccountSites}): the sites and districts an account may belong to, and
 * the visitor's site a registration starts from. Site implements the port, as identity may not depend on site
 * (site's admin pages need identity).
 */
@Component
class SitesForAccounts implements AccountSites {

    private final Sites sites;
    private final VisitorSite visitorSite;

    SitesForAccounts(Sites sites, VisitorSite visitorSite) {
        this.sites = sites;
        this.visitorSite = visitorSite;
    }

    @Override
    public List<SiteChoice> choices() {
        return sites.all().stream().map(SitesForAccounts::choice).toList();
    }

    @Override
    public Optional<String> visitorSite(HttpServletRequest request) {
        return visitorSite.current(request).map(Site::code);
    }

    private static SiteChoice choice(Site site) {
        return new SiteChoice(site.code(), site.regionCode(), site.name(), site.nameEn(), site.districts().stream()
                .map(d -> new RegionChoice(d.regionCode(), d.name(), d.nameEn())).toList());
    }
}
