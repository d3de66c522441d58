package org.xinyidai.institution.onboarding;

import org.xinyidai.institution.InstitutionType;
import org.xinyidai.institution.profile.LogoImage;
import org.xinyidai.shared.PhoneNumber;

/** A checked onboarding application, as the public form hands it over: every field present and valid. */
public record NewApplication(String fullName, String shortName, InstitutionType type, String introduction,
                             LogoImage logo, String headName, String headPosition, PhoneNumber headMobile,
                             String adminName, String adminPosition, PhoneNumber adminMobile) {
}
