package org.xinyidai.institution.web;

import static org.xinyidai.shared.web.FormText.stripped;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;
import org.xinyidai.institution.InstitutionType;

/**
 * The public onboarding form, field for field the notice's 附件2 金融机构入驻申请表: the unit, its head
 * (负责人) and its dedicated administrator (专管员), who becomes the HQ admin. What was typed is trimmed; a line
 * break counts as one character, as browsers count it. The logo is checked by content in the controller; phone
 * numbers are parsed there too.
 */
record OnboardingForm(@NotBlank(message = "{onboarding.fullName.required}")
                      @Size(max = 64, message = "{onboarding.fullName.tooLong}") String fullName,
                      @NotBlank(message = "{onboarding.shortName.required}")
                      @Size(max = 32, message = "{onboarding.shortName.tooLong}") String shortName,
                      @NotNull(message = "{onboarding.type.required}") InstitutionType type,
                      @NotBlank(message = "{onboarding.introduction.required}")
                      @Size(max = INTRODUCTION_MAX, message = "{onboarding.introduction.tooLong}") String introduction,
                      MultipartFile logo,
                      @NotBlank(message = "{onboarding.personName.required}")
                      @Size(max = 32, message = "{onboarding.personName.tooLong}") String headName,
                      @NotBlank(message = "{onboarding.position.required}")
                      @Size(max = 32, message = "{onboarding.position.tooLong}") String headPosition,
                      @NotBlank(message = "{onboarding.mobile.required}") String headMobile,
                      @NotBlank(message = "{onboarding.personName.required}")
                      @Size(max = 32, message = "{onboarding.personName.tooLong}") String adminName,
                      @NotBlank(message = "{onboarding.position.required}")
                      @Size(max = 32, message = "{onboarding.position.tooLong}") String adminPosition,
                      @NotBlank(message = "{onboarding.mobile.required}") String adminMobile) {

    static final int INTRODUCTION_MAX = 500;

    OnboardingForm {
        fullName = stripped(fullName);
        shortName = stripped(shortName);
        introduction = introduction == null ? null : stripped(introduction.replace("\r\n", "\n"));
        headName = stripped(headName);
        headPosition = stripped(headPosition);
        headMobile = stripped(headMobile);
        adminName = stripped(adminName);
        adminPosition = stripped(adminPosition);
        adminMobile = stripped(adminMobile);
    }

    static OnboardingForm blank() {
        return new OnboardingForm(null, null, null, null, null, null, null, null, null, null, null);
    }
}
