package org.xinyidai.site.directory;

import java.util.Locale;
import org.springframework.stereotype.Component;

/** Region names for pages: {@code ${@siteNames.of(code, #locale)}} shows 顺德区 for 440606. */
@Component("siteNames")
public class SiteNames {

    private final Sites sites;

    SiteNames(Sites sites) {
        this.sites = sites;
    }

    public String of(String regionCode, Locale locale) {
        return regionCode == null ? "" : sites.regionName(regionCode, locale).orElse(regionCode);
    }
}
