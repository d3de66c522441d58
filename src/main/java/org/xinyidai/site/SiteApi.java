package org.xinyidai.site;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.xinyidai.site.directory.Sites;
import org.xinyidai.site.selection.VisitorSite;

/**
 * What other modules read about the city sites, as {@link Site} records: the sites and their districts, a region's
 * name, a site's acceptance deadline, the site a visitor is on; and how the demo data seeds a site.
 */
@Service
public class SiteApi {

    private final Sites sites;
    private final VisitorSite visitorSite;

    SiteApi(Sites sites, VisitorSite visitorSite) {
        this.sites = sites;
        this.visitorSite = visitorSite;
    }

    /** Every site, open or not, in the sites' order. */
    public List<Site> all() {
        return sites.all();
    }

    /** The open sites, the ones a visitor can switch to. */
    public List<Site> active() {
        return sites.all().stream().filter(Site::active).toList();
    }

    /** A site by its code, whatever its case. */
    public Optional<Site> find(String code) {
        return sites.find(code);
    }

    /** The site shown when a visitor has not chosen one: the first active site by sort order. */
    public Optional<Site> defaultSite() {
        return sites.defaultSite();
    }

    /** Whether a region code is a district (区) of one of the city sites: what forms may store as a district. */
    public boolean isDistrict(String regionCode) {
        return sites.isDistrict(regionCode);
    }

    /** The name of a district or city by its region code, if it belongs to a site. */
    public Optional<String> regionName(String regionCode, Locale locale) {
        return sites.regionName(regionCode, locale);
    }

    /** The order acceptance deadline of a site in working days, the default for an unknown site. */
    public int acceptanceDeadlineDays(String code) {
        return find(code).map(Site::acceptanceDeadlineDays).orElse(Site.DEFAULT_ACCEPTANCE_DEADLINE_DAYS);
    }

    /**
     * The site the visitor is on: chosen by {@code ?city=foshan}, by {@code /foshan/...} or from the header's switch
     * and kept for the session; the default site until then.
     */
    public Optional<Site> current(HttpServletRequest request) {
        return visitorSite.current(request);
    }

    /** Demo data: the site with its districts, unless a site with that code exists. */
    public void createIfAbsent(Site site) {
        sites.createIfAbsent(site);
    }
}
