package org.xinyidai.institution.onboarding;

/** A review the application's state does not allow; the message key says why, for the admin's page. */
public class OnboardingReviewRefused extends RuntimeException {

    private final String messageKey;

    public OnboardingReviewRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
