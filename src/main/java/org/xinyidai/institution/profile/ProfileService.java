package org.xinyidai.institution.profile;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.audit.OperationLog;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.institution.media.LogoImage;

/** The HQ admin edits the institution's public profile; each save is audited. */
@Service
public class ProfileService {

    private final Profiles profiles;
    private final OperationLog operationLog;

    ProfileService(Profiles profiles, OperationLog operationLog) {
        this.profiles = profiles;
        this.operationLog = operationLog;
    }

    /** @param newLogo a replacement logo already checked by content, or {@code null} to keep the current one */
    @Transactional
    public void save(CurrentUser hqAdmin, String introduction, String contactPhone, String contactAddress,
                     List<String> districts, LogoImage newLogo) {
        long institution = hqAdmin.institutionId();
        profiles.update(institution, introduction, contactPhone, contactAddress, districts);
        if (newLogo != null) {
            profiles.updateLogo(institution, newLogo);
        }
        operationLog.record(hqAdmin.did("INSTITUTION_PROFILE_UPDATE").on("institution", institution)
                .withDetail(newLogo == null ? null : "logo replaced"));
    }
}
