package org.xinyidai.institution.onboarding;

import java.time.OffsetDateTime;
import org.xinyidai.institution.InstitutionType;
import org.xinyidai.shared.Masking;

/**
 * An onboarding application (金融机构入驻申请表, notice 附件2) as the admin reviews it; the logo bytes are
 * served on their own.
 *
 * @param reviewedByName the admin who approved or rejected it, as shown
 * @param institutionId  the institution its approval created
 */
public record OnboardingApplication(long id, String fullName, String shortName, InstitutionType type,
                                    String introduction, String logoContentType, String headName,
                                    String headPosition, String headMobile, String adminName, String adminPosition,
                                    String adminMobile, OnboardingStatus status, String rejectReason,
                                    String reviewedByName, OffsetDateTime reviewedAt, Long institutionId,
                                    OffsetDateTime createdAt) {

    /** The number the applicant is given, e.g. {@code RZ00000042}. */
    public String number() {
        return number(id);
    }

    public static String number(long id) {
        return "RZ" + String.format("%08d", id);
    }

    public boolean pending() {
        return status == OnboardingStatus.SUBMITTED;
    }

    public String maskedAdminMobile() {
        return Masking.phone(adminMobile);
    }

    public String maskedHeadMobile() {
        return Masking.phone(headMobile);
    }
}
