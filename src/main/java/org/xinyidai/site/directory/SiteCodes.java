package org.xinyidai.site.directory;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a site code may be: lower-case letters (it appears in {@code ?city=foshan} and {@code /foshan/...}),
 * and never the first segment of one of the platform's own paths, which {@code /code/...} would hide.
 */
public final class SiteCodes {

    private static final Pattern FORM = Pattern.compile("[a-z]{2,32}");

    private static final Set<String> RESERVED = Set.of("account", "actuator", "admin", "advisor", "agencies",
            "agency", "api", "contact", "css", "dev", "enterprise", "error", "feedback", "gov", "help", "img",
            "institution", "institutions", "js", "legal", "login", "logout", "onboarding", "password", "products",
            "promotion", "register", "sites", "sms", "webjars", "swagger", "favicon");

    private SiteCodes() {
    }

    /** Lower-case letters only, 2 to 32 of them. */
    public static boolean wellFormed(String code) {
        return code != null && FORM.matcher(code).matches();
    }

    /** The first segment of a platform path, which no site may take. */
    public static boolean reserved(String code) {
        return code != null && RESERVED.contains(code);
    }
}
