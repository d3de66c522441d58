package org.xinyidai.site.admin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.audit.OperationLog;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.shared.Refused;
import org.xinyidai.site.Site;
import org.xinyidai.site.directory.SiteCodes;
import org.xinyidai.site.directory.SiteImage;
import org.xinyidai.site.directory.Sites;

/**
 * The platform admin's writes to the city sites, each one a transaction with its operation-log entry. The rules on
 * a site's code and districts are {@link #screen checked} for the form, all at once, and again inside the write.
 */
@Service
public class SiteAdministration {

    private static final String SIX_DIGITS = "\\d{6}";

    private final Sites sites;
    private final OperationLog log;

    SiteAdministration(Sites sites, OperationLog log) {
        this.sites = sites;
        this.log = log;
    }

    /**
     * What a new or changed site breaks, each beside its field: a code that a platform path or another site has
     * (when creating), a district entered twice or belonging to another site, no district at all. A code or region
     * code that is not well formed is the form's business and skipped here.
     *
     * @param districtCodes the region code of each district line, in their order; null for a line left blank
     */
    public List<Refused> screen(String code, boolean creating, List<String> districtCodes) {
        List<Refused> problems = new ArrayList<>();
        if (creating && SiteCodes.wellFormed(code)) {
            if (SiteCodes.reserved(code)) {
                problems.add(Refused.field("code", "site.admin.code.reserved"));
            } else if (sites.find(code).isPresent()) {
                problems.add(Refused.field("code", "site.admin.code.taken"));
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < districtCodes.size(); i++) {
            String region = districtCodes.get(i);
            String field = "districts[" + i + "].regionCode";
            if (region == null || !region.matches(SIX_DIGITS)) {
                continue;
            }
            if (!seen.add(region)) {
                problems.add(Refused.field(field, "site.admin.district.duplicate"));
            } else if (sites.districtTaken(region, code)) {
                problems.add(Refused.field(field, "site.admin.district.taken"));
            }
        }
        if (districtCodes.stream().allMatch(Objects::isNull)) {
            problems.add(new Refused("site.admin.district.atLeastOne"));
        }
        return problems;
    }

    @Transactional
    public void create(Site site, SiteImage banner, SiteImage logo, CurrentUser admin) {
        refuseWhatScreeningFinds(site, true);
        sites.create(site);
        storeImages(site.code(), banner, logo);
        log.record(admin.did("SITE_CREATE").on("site", site.code()).withDetail(site.name()));
    }

    @Transactional
    public void update(Site site, SiteImage banner, SiteImage logo, CurrentUser admin) {
        refuseWhatScreeningFinds(site, false);
        sites.update(site);
        storeImages(site.code(), banner, logo);
        log.record(admin.did("SITE_UPDATE").on("site", site.code()).withDetail(site.name()));
    }

    private void refuseWhatScreeningFinds(Site site, boolean creating) {
        List<Refused> problems = screen(site.code(), creating,
                site.districts().stream().map(Site.District::regionCode).toList());
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
    }

    private void storeImages(String code, SiteImage banner, SiteImage logo) {
        if (banner != null) {
            sites.storeBanner(code, banner);
        }
        if (logo != null) {
            sites.storeLogo(code, logo);
        }
    }
}
