package org.xinyidai.site.selection;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.xinyidai.site.Site;
import org.xinyidai.site.directory.Sites;

/**
 * Which city site a visitor is on: chosen by {@code ?city=foshan} (the link form the city notice
 * publishes), by {@code /foshan/...} or from the header's switch, and kept for the session; the default
 * site until then.
 */
@Component
public class VisitorSite {

    static final String SESSION_KEY = "xyd.site";

    private final Sites sites;

    VisitorSite(Sites sites) {
        this.sites = sites;
    }

    public Optional<Site> current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object chosen = session == null ? null : session.getAttribute(SESSION_KEY);
        return (chosen instanceof String code ? sites.find(code) : Optional.<Site>empty()).or(sites::defaultSite);
    }

    /**
     * Remembers a site for the session; answers false (and changes nothing) when no such site exists or
     * the site is closed to visitors.
     */
    public boolean choose(String code, HttpServletRequest request) {
        Optional<Site> site = sites.find(code).filter(Site::active);
        site.ifPresent(s -> request.getSession(true).setAttribute(SESSION_KEY, s.code()));
        return site.isPresent();
    }
}
