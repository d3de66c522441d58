package org.xinyidai.site;

import java.util.List;
import java.util.Optional;

/** The city sites: read by every module, written by the platform admin and the demo data. */
public interface Sites {

    List<Site> all();

    Optional<Site> find(String code);

    /** The site shown when a visitor has not chosen one: the first by sort order. */
    Optional<Site> defaultSite();

    /** The name of a district or city by its region code, if it belongs to a site. */
    Optional<String> regionName(String regionCode, java.util.Locale locale);

    /** Creates the site with its districts unless a site with that code exists. */
    void createIfAbsent(Site site);
}
