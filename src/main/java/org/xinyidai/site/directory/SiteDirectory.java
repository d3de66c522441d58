package org.xinyidai.site.directory;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.xinyidai.site.Site;

/**
 * Every site with its districts, in the sites' order: what the cache holds, so one cached value answers
 * {@code all}, {@code find}, {@code defaultSite} and region names. Immutable and serialisable (Redis).
 */
record SiteDirectory(List<Site> sites) implements Serializable {

    SiteDirectory {
        sites = List.copyOf(sites);
    }

    Optional<Site> find(String code) {
        return sites.stream().filter(site -> site.code().equals(code)).findFirst();
    }

    /** The first active site by sort order; the first site when none is active. */
    Optional<Site> defaultSite() {
        return sites.stream().filter(Site::active).findFirst().or(() -> sites.stream().findFirst());
    }

    /** A district's name first, then a city's (a site's own region code). */
    Optional<String> regionName(String regionCode, Locale locale) {
        Optional<String> district = sites.stream().flatMap(site -> site.districts().stream())
                .filter(d -> d.regionCode().equals(regionCode)).findFirst().map(d -> d.name(locale));
        return district.or(() -> sites.stream().filter(site -> site.regionCode().equals(regionCode)).findFirst()
                .map(site -> site.name(locale)));
    }
}
