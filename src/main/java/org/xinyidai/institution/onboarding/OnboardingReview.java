package org.xinyidai.institution.onboarding;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinyidai.audit.Operation;
import org.xinyidai.audit.OperationLog;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.InstitutionSummary;
import org.xinyidai.institution.NewInstitution;
import org.xinyidai.institution.NewStaff;
import org.xinyidai.institution.OnboardingDecided;
import org.xinyidai.institution.profile.LogoImage;
import org.xinyidai.institution.staff.StaffEnrolment;
import org.xinyidai.institution.tree.Institutions;
import org.xinyidai.shared.NotFound;
import org.xinyidai.shared.PhoneNumber;
import org.xinyidai.shared.Refused;

/**
 * The platform admin's review of an onboarding application. Approval creates the institution with its
 * head office and the HQ admin's account (no password: its owner signs in by SMS code and sets one);
 * rejection keeps a reason. Each is one transaction with its audit entry; a refused review is audited as
 * a failure; the applicant hears the outcome by SMS once it is committed ({@link OnboardingDecided}, sent by
 * messaging).
 */
@Service
public class OnboardingReview {

    private static final String TARGET = OnboardingService.TARGET;

    private final OnboardingApplications applications;
    private final Institutions institutions;
    private final AccountAdministration accounts;
    private final StaffEnrolment staff;
    private final OperationLog operationLog;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OnboardingReview(OnboardingApplications applications, Institutions institutions, AccountAdministration accounts,
                     StaffEnrolment staff,
                     OperationLog operationLog, ApplicationEventPublisher events,
                     PlatformTransactionManager transactions, Clock clock) {
        this.applications = applications;
        this.institutions = institutions;
        this.accounts = accounts;
        this.staff = staff;
        this.operationLog = operationLog;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Approves a pending application: institution, head office, HQ admin account, status and audit entry in
     * one transaction, with the event that texts the 专管员 after the commit.
     *
     * @throws Refused   when it is not pending, or its name or mobile was taken meanwhile
     * @throws NotFound  when there is no such application
     */
    public InstitutionSummary approve(long id, CurrentUser admin) {
        try {
            OnboardingApplication application = pending(id);
            return transaction.execute(status -> createInstitution(application, admin));
        } catch (Refused refused) {
            operationLog.record(refusal(admin, "ONBOARDING_APPROVE", id, refused));
            throw refused;
        }
    }

    /**
     * Rejects a pending application with a reason, which the applicant receives by SMS.
     *
     * @throws Refused when it is not pending
     */
    public void reject(long id, String reason, CurrentUser admin) {
        try {
            OnboardingApplication application = pending(id);
            transaction.executeWithoutResult(status -> {
                if (!applications.markRejected(id, reason, admin.accountId(), admin.displayName(),
                        OffsetDateTime.now(clock))) {
                    throw new Refused("onboarding.review.notPending");
                }
                operationLog.record(actor(admin, "ONBOARDING_REJECT").on(TARGET, id).withDetail(reason));
                // The text ends the reason with its own full stop.
                events.publishEvent(new OnboardingDecided(id, application.fullName(), application.adminMobile(), false,
                        reason.replaceAll("[。.！!；;，,\\s]+$", "")));
            });
        } catch (Refused refused) {
            operationLog.record(refusal(admin, "ONBOARDING_REJECT", id, refused));
            throw refused;
        }
    }

    private InstitutionSummary createInstitution(OnboardingApplication a, CurrentUser admin) {
        // Taking the row first makes a second, concurrent approval wait and then find it no longer pending.
        if (!applications.markApproved(a.id(), admin.accountId(), admin.displayName(), OffsetDateTime.now(clock))) {
            throw new Refused("onboarding.review.notPending");
        }
        if (institutions.findByName(a.fullName()).isPresent()) {
            throw new Refused("onboarding.review.nameTaken");
        }
        PhoneNumber adminMobile = new PhoneNumber(a.adminMobile());
        if (accounts.findIdByPhone(adminMobile).isPresent()) {
            throw new Refused("onboarding.review.mobileTaken");
        }
        LogoImage logo = applications.logo(a.id()).orElseThrow();
        InstitutionSummary institution;
        long hqAdminId;
        try {
            institution = institutions.create(new NewInstitution(a.fullName(), a.shortName(), a.type(),
                    a.introduction(), logo.content(), logo.contentType(), a.headName(), a.headPosition(),
                    a.headMobile()));
            hqAdminId = staff.enrol(new NewStaff(institution.id(), institution.headOfficeNodeId(),
                    Role.INST_HQ_ADMIN, a.adminName(), adminMobile, a.adminPosition(), null, null, true));
        } catch (DataIntegrityViolationException | IllegalStateException takenMeanwhile) {
            throw new Refused("onboarding.review.takenMeanwhile");
        }
        applications.linkInstitution(a.id(), institution.id());
        operationLog.record(actor(admin, "ONBOARDING_APPROVE").on(TARGET, a.id())
                .withDetail("institution #" + institution.id() + " " + a.fullName()));
        operationLog.record(actor(admin, "ACCOUNT_CREATE").on("account", hqAdminId)
                .withDetail(Role.INST_HQ_ADMIN.name() + " " + adminMobile.masked()));
        events.publishEvent(new OnboardingDecided(a.id(), a.fullName(), a.adminMobile(), true, null));
        return institution;
    }

    private OnboardingApplication pending(long id) {
        OnboardingApplication application = applications.find(id).orElseThrow(NotFound::new);
        if (!application.pending()) {
            throw new Refused("onboarding.review.notPending");
        }
        return application;
    }

    private static Operation actor(CurrentUser admin, String action) {
        return admin.did(action);
    }

    private static Operation refusal(CurrentUser admin, String action, long id, Refused refused) {
        return Operation.failed(admin.accountId(), admin.actorName(), admin.role().name(), action,
                refused.messageKey()).on(TARGET, id);
    }
}
