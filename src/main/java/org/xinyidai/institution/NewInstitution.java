package org.xinyidai.institution;

/**
 * An institution as its onboarding application describes it.
 *
 * @param logo            PNG or JPEG bytes, already checked by content, or {@code null}
 * @param logoContentType {@code image/png} or {@code image/jpeg}
 */
public record NewInstitution(String name, String shortName, InstitutionType type, String introduction, byte[] logo,
                             String logoContentType, String headName, String headPosition, String headMobile) {
}
