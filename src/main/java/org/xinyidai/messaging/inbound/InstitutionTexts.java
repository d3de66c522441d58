package org.xinyidai.messaging.inbound;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.xinyidai.institution.OnboardingDecided;
import org.xinyidai.institution.StaffApproved;
import org.xinyidai.messaging.TextMessages;
import org.xinyidai.messaging.TextMessages.TextOutcome;
import org.xinyidai.shared.PhoneNumber;

/**
 * The institution module's decisions that the person concerned hears by SMS: an approved customer manager, an
 * onboarding applicant's outcome. They go through {@link TextMessages} like every staff-action text (its daily
 * cap per number included); a text refused there is logged, the decision stands.
 */
@Component
class InstitutionTexts {

    private static final Logger log = LoggerFactory.getLogger(InstitutionTexts.class);

    private final TextMessages texts;

    InstitutionTexts(TextMessages texts) {
        this.texts = texts;
    }

    @ApplicationModuleListener
    void on(StaffApproved approved) {
        logRefusal(approved.phone(), texts.send(approved.phone(), "message.text.staff.approved", List.of()));
    }

    @ApplicationModuleListener
    void on(OnboardingDecided decision) {
        TextOutcome outcome = decision.approved()
                ? texts.send(decision.adminMobile(), "message.text.onboarding.approved",
                        List.of(decision.institutionName(), decision.adminMobile()))
                : texts.send(decision.adminMobile(), "message.text.onboarding.rejected",
                        List.of(decision.institutionName(), decision.reason()));
        logRefusal(decision.adminMobile(), outcome);
    }

    private static void logRefusal(String number, TextOutcome outcome) {
        if (!outcome.queued()) {
            log.warn("Text to {} not sent: {}", PhoneNumber.parse(number).map(PhoneNumber::masked).orElse("?"), outcome);
        }
    }
}
