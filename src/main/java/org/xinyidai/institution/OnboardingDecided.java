package org.xinyidai.institution;

/**
 * The platform admin decided an onboarding application (入驻); messaging texts the applicant's administrator.
 *
 * @param adminMobile the mobile number the application named for the institution's HQ admin
 * @param reason      why it was rejected, without a trailing full stop; null when approved
 */
public record OnboardingDecided(long applicationId, String institutionName, String adminMobile, boolean approved,
                                String reason) {
}
