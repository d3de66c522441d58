package org.xinyidai.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The port through which identity learns about the city sites: the sites and regions a staff account can belong
 * to (the platform admin's account form), and the site a visitor registers on. Identity cannot read the
 * {@code site} module itself, which needs identity (who is signed in) for its own pages; the {@code site} module
 * implements this.
 */
public interface AccountSites {

    /** Every city site with its regions, in the sites' order: what an advisor's or an officer's account names. */
    List<SiteChoice> choices();

    /** The site the visitor is on (chosen by the link or the header's switch, or the default site), if any. */
    Optional<String> visitorSite(HttpServletRequest request);

    /** Whether a site with this code exists. */
    default boolean isSite(String siteCode) {
        return siteCode != null && choices().stream().anyMatch(site -> site.code().equals(siteCode));
    }

    /** Whether a region code is a site's city or one of its districts: what a government officer may govern. */
    default boolean isRegion(String regionCode) {
        return regionCode != null && choices().stream().anyMatch(site -> site.regionCode().equals(regionCode)
                || site.districts().stream().anyMatch(d -> d.regionCode().equals(regionCode)));
    }

    /** A city site as an account form offers it: its code, its city's region code, its districts. */
    record SiteChoice(String code, String regionCode, String name, String nameEn, List<RegionChoice> districts) {

        public SiteChoice {
            districts = List.copyOf(districts);
        }

        public String name(Locale locale) {
            return RegionChoice.inLanguage(locale, name, nameEn);
        }
    }

    /** A district (区) of a site. */
    record RegionChoice(String regionCode, String name, String nameEn) {

        public String name(Locale locale) {
            return inLanguage(locale, name, nameEn);
        }

        static String inLanguage(Locale locale, String chinese, String english) {
            return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? chinese : english;
        }
    }
}
