package org.xinyidai.site;

/** A visitor asked for a site that does not exist ({@code ?city=atlantis}); the portal answers with the list of sites. */
public class UnknownSiteException extends RuntimeException {

    private final String code;

    public UnknownSiteException(String code) {
        super("No site " + code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
