package org.xinyidai.institution.onboarding.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;
import org.xinyidai.institution.InstitutionType;

/**
 * The public onboarding form, field for field the notice's 附件2 金融机构入驻申请表: the unit, its head
 * (负责人) and its dedicated administrator (专管员), who becomes the HQ admin. The logo is checked by
 * content in the controller; phone numbers are parsed there too.
 */
public class OnboardingForm {

    public static final int INTRODUCTION_MAX = 500;

    @NotBlank(message = "{onboarding.fullName.required}")
    @Size(max = 64, message = "{onboarding.fullName.tooLong}")
    private String fullName;

    @NotBlank(message = "{onboarding.shortName.required}")
    @Size(max = 32, message = "{onboarding.shortName.tooLong}")
    private String shortName;

    @NotNull(message = "{onboarding.type.required}")
    private InstitutionType type;

    @NotBlank(message = "{onboarding.introduction.required}")
    @Size(max = INTRODUCTION_MAX, message = "{onboarding.introduction.tooLong}")
    private String introduction;

    private MultipartFile logo;

    @NotBlank(message = "{onboarding.personName.required}")
    @Size(max = 32, message = "{onboarding.personName.tooLong}")
    private String headName;

    @NotBlank(message = "{onboarding.position.required}")
    @Size(max = 32, message = "{onboarding.position.tooLong}")
    private String headPosition;

    @NotBlank(message = "{onboarding.mobile.required}")
    private String headMobile;

    @NotBlank(message = "{onboarding.personName.required}")
    @Size(max = 32, message = "{onboarding.personName.tooLong}")
    private String adminName;

    @NotBlank(message = "{onboarding.position.required}")
    @Size(max = 32, message = "{onboarding.position.tooLong}")
    private String adminPosition;

    @NotBlank(message = "{onboarding.mobile.required}")
    private String adminMobile;

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = trim(fullName);
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = trim(shortName);
    }

    public InstitutionType getType() {
        return type;
    }

    public void setType(InstitutionType type) {
        this.type = type;
    }

    public String getIntroduction() {
        return introduction;
    }

    /** Browsers send a line break as two characters but count it as one; so do we. */
    public void setIntroduction(String introduction) {
        this.introduction = introduction == null ? null : trim(introduction.replace("\r\n", "\n"));
    }

    public MultipartFile getLogo() {
        return logo;
    }

    public void setLogo(MultipartFile logo) {
        this.logo = logo;
    }

    public String getHeadName() {
        return headName;
    }

    public void setHeadName(String headName) {
        this.headName = trim(headName);
    }

    public String getHeadPosition() {
        return headPosition;
    }

    public void setHeadPosition(String headPosition) {
        this.headPosition = trim(headPosition);
    }

    public String getHeadMobile() {
        return headMobile;
    }

    public void setHeadMobile(String headMobile) {
        this.headMobile = trim(headMobile);
    }

    public String getAdminName() {
        return adminName;
    }

    public void setAdminName(String adminName) {
        this.adminName = trim(adminName);
    }

    public String getAdminPosition() {
        return adminPosition;
    }

    public void setAdminPosition(String adminPosition) {
        this.adminPosition = trim(adminPosition);
    }

    public String getAdminMobile() {
        return adminMobile;
    }

    public void setAdminMobile(String adminMobile) {
        this.adminMobile = trim(adminMobile);
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }
}
