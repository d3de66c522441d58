package org.xinyidai.site;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The city sites: read by every module, written by the platform admin and the demo data. */
public interface Sites {

    List<Site> all();

    Optional<Site> find(String code);

    /** The site shown when a visitor has not chosen one: the first active site by sort order. */
    Optional<Site> defaultSite();

    /** Whether a region code is a district (区) of one of the city sites: what forms may store as a district. */
    default boolean isDistrict(String regionCode) {
        return regionCode != null && all().stream().flatMap(site -> site.districts().stream())
                .anyMatch(district -> district.regionCode().equals(regionCode));
    }

    /** The name of a district or city by its region code, if it belongs to a site. */
    Optional<String> regionName(String regionCode, Locale locale);

    /** Creates the site with its districts unless a site with that code exists. */
    void createIfAbsent(Site site);

    /**
     * Creates a site (the admin's 新增分站). Callers check the code is free and the districts are not
     * another site's; the database refuses duplicates anyway.
     */
    void create(Site site);

    /** Changes a site's names, contacts, settings and districts (the code stays); images are kept. */
    void update(Site site);

    /** Whether a region code is already a district of a site other than {@code siteCode}. */
    boolean districtTaken(String regionCode, String siteCode);

    /** Replaces a site's banner. */
    void storeBanner(String code, SiteImage image);

    /** Replaces a site's logo. */
    void storeLogo(String code, SiteImage image);

    Optional<SiteImage> banner(String code);

    Optional<SiteImage> logo(String code);

    /** The order acceptance deadline of a site in working days, the default for an unknown site. */
    default int acceptanceDeadlineDays(String code) {
        return find(code).map(Site::acceptanceDeadlineDays).orElse(Site.DEFAULT_ACCEPTANCE_DEADLINE_DAYS);
    }
}
