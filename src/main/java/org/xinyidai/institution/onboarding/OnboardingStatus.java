package org.xinyidai.institution.onboarding;

/** Where an onboarding application stands: waiting for the platform admin, or reviewed either way. */
public enum OnboardingStatus {
    SUBMITTED, APPROVED, REJECTED;

    public String labelKey() {
        return "onboarding.status." + name();
    }
}
