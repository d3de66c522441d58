package org.xinyidai.institution.profile;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.audit.OperationLog;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.shared.Refused;
import org.xinyidai.site.SiteApi;

/** The HQ admin edits the institution's public profile; each save is audited. */
@Service
public class ProfileService {

    private final Profiles profiles;
    private final SiteApi sites;
    private final OperationLog operationLog;

    ProfileService(Profiles profiles, SiteApi sites, OperationLog operationLog) {
        this.profiles = profiles;
        this.sites = sites;
        this.operationLog = operationLog;
    }

    /**
     * @param districts the districts served: each one of the sites' districts (refused otherwise)
     * @param newLogo   a replacement logo already checked by content, or {@code null} to keep the current one
     */
    @Transactional
    public void save(CurrentUser hqAdmin, String introduction, String contactPhone, String contactAddress,
                     List<String> districts, LogoImage newLogo) {
        if (districts.stream().anyMatch(code -> !sites.isDistrict(code))) {
            throw Refused.field("districts", "profile.districts.unknown");
        }
        long institution = hqAdmin.institutionId();
        profiles.update(institution, introduction, contactPhone, contactAddress, districts);
        if (newLogo != null) {
            profiles.updateLogo(institution, newLogo);
        }
        operationLog.record(hqAdmin.did("INSTITUTION_PROFILE_UPDATE").on("institution", institution)
                .withDetail(newLogo == null ? null : "logo replaced"));
    }
}
