package org.xinyidai.institution.onboarding;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.audit.Operation;
import org.xinyidai.audit.OperationLog;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.institution.profile.LogoImage;
import org.xinyidai.institution.tree.Institutions;
import org.xinyidai.shared.Page;
import org.xinyidai.shared.PageRequest;
import org.xinyidai.shared.PhoneNumber;
import org.xinyidai.shared.Refused;

/**
 * Institution onboarding (入驻), the applicant's side and the admin's reading: the checks the public form
 * needs, storing an application with its audit entry, and finding applications. The review itself is
 * {@link OnboardingReview}.
 */
@Service
public class OnboardingService {

    static final String TARGET = "institution_application";

    private final OnboardingApplications applications;
    private final Institutions institutions;
    private final AccountAdministration accounts;
    private final OperationLog operationLog;
    private final Clock clock;

    OnboardingService(OnboardingApplications applications, Institutions institutions, AccountAdministration accounts,
                      OperationLog operationLog, Clock clock) {
        this.applications = applications;
        this.institutions = institutions;
        this.accounts = accounts;
        this.operationLog = operationLog;
        this.clock = clock;
    }

    /** Why this full name cannot apply (a message key), if it cannot. */
    public Optional<String> fullNameProblem(String fullName) {
        if (institutions.findByName(fullName).isPresent()) {
            return Optional.of("onboarding.fullName.exists");
        }
        if (applications.isPendingWithName(fullName)) {
            return Optional.of("onboarding.fullName.pending");
        }
        return Optional.empty();
    }

    /** Why this mobile cannot be the new HQ admin's (a message key), if it cannot. */
    public Optional<String> adminMobileProblem(PhoneNumber mobile) {
        if (accounts.findIdByPhone(mobile).isPresent()) {
            return Optional.of("onboarding.adminMobile.taken");
        }
        if (applications.isPendingWithAdminMobile(mobile.value())) {
            return Optional.of("onboarding.adminMobile.pending");
        }
        return Optional.empty();
    }

    /**
     * Stores a checked application from an anonymous applicant; answers its id. The full name and the admin's
     * mobile are checked again inside the write.
     */
    @Transactional
    public long submit(NewApplication application, String clientIp) {
        fullNameProblem(application.fullName()).ifPresent(key -> {
            throw Refused.field("fullName", key);
        });
        adminMobileProblem(application.adminMobile()).ifPresent(key -> {
            throw Refused.field("adminMobile", key);
        });
        long id = applications.insert(application, clientIp, OffsetDateTime.now(clock));
        operationLog.record(Operation.succeeded(null, application.adminMobile().masked(), null, "ONBOARDING_SUBMIT")
                .on(TARGET, id).withDetail(application.fullName()));
        return id;
    }

    public Optional<OnboardingApplication> find(long id) {
        return applications.find(id);
    }

    public Optional<LogoImage> logo(long id) {
        return applications.logo(id);
    }

    /** One page of the applications, newest first; {@code status} and {@code name} may be null. */
    public Page<OnboardingApplication> search(OnboardingStatus status, String name, PageRequest request) {
        String part = blankToNull(name);
        return new Page<>(applications.search(status, part, request.size(), request.offset()),
                applications.count(status, part), request);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
