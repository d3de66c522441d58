package org.xinyidai.site;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * A city site with its districts and settings, as pages and other modules see it.
 *
 * @param slogan                 a line shown under the site's name (optional)
 * @param acceptanceDeadlineDays working days an institution has to accept an order (受理时限)
 * @param active                 whether visitors can choose the site
 * @param hasBanner              whether a banner image is stored (served by the portal)
 * @param hasLogo                whether a logo image is stored
 */
public record Site(String code, String name, String nameEn, String regionCode, String hotline, String email,
                   String address, List<District> districts, String slogan, int acceptanceDeadlineDays,
                   boolean active, boolean hasBanner, boolean hasLogo) implements Serializable {

    /** Working days to accept an order when a site does not set its own. */
    public static final int DEFAULT_ACCEPTANCE_DEADLINE_DAYS = 2;

    public Site {
        districts = districts == null ? List.of() : List.copyOf(districts);
    }

    /** A new, active site with the default settings and no images. */
    public Site(String code, String name, String nameEn, String regionCode, String hotline, String email,
                String address, List<District> districts) {
        this(code, name, nameEn, regionCode, hotline, email, address, districts, null,
                DEFAULT_ACCEPTANCE_DEADLINE_DAYS, true, false, false);
    }

    /** The site's name in the reader's language. */
    public String name(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? name : nameEn;
    }

    /** A district (区) of the site. */
    public record District(String regionCode, String name, String nameEn) implements Serializable {

        public String name(Locale locale) {
            return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? name : nameEn;
        }
    }
}
