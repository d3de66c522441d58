package org.xinyidai.portal.sites;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.audit.OperationLog;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.site.Site;
import org.xinyidai.site.SiteImage;
import org.xinyidai.site.Sites;

/** The platform admin's writes to the city sites, each one a transaction with its operation-log entry. */
@Service
public class SiteAdministration {

    private final Sites sites;
    private final OperationLog log;

    SiteAdministration(Sites sites, OperationLog log) {
        this.sites = sites;
        this.log = log;
    }

    @Transactional
    public void create(Site site, SiteImage banner, SiteImage logo, CurrentUser admin) {
        sites.create(site);
        storeImages(site.code(), banner, logo);
        log.record(admin.did("SITE_CREATE").on("site", site.code()).withDetail(site.name()));
    }

    @Transactional
    public void update(Site site, SiteImage banner, SiteImage logo, CurrentUser admin) {
        sites.update(site);
        storeImages(site.code(), banner, logo);
        log.record(admin.did("SITE_UPDATE").on("site", site.code()).withDetail(site.name()));
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
