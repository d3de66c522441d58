package org.xinyidai.site;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** A city site with its districts, as pages and other modules see it. */
public record Site(String code, String name, String nameEn, String regionCode, String hotline, String email,
                   String address, List<District> districts) implements Serializable {

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
