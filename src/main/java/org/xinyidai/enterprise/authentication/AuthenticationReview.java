package org.xinyidai.enterprise.company;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.audit.OperationLog;
import org.xinyidai.enterprise.AuthenticationStatus;
import org.xinyidai.enterprise.EnterpriseAuthenticationDecided;
import org.xinyidai.identity.CurrentUser;

/**
 * 企业认证审核: the site's advisor decides certificate authentications and claims. Scoped to the
 * advisor's site in every query; each decision is in the history, the audit log and an event.
 */
@Service
public class AuthenticationReview {

    static final String TARGET = "enterprise";

    private final Companies companies;
    private final OperationLog operationLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AuthenticationReview(Companies companies, OperationLog operationLog, ApplicationEventPublisher events,
                         Clock clock) {
        this.companies = companies;
        this.operationLog = operationLog;
        this.events = events;
        this.clock = clock;
    }

    public List<QueueItem> queue(CurrentUser advisor) {
        return advisor.siteCode() == null ? List.of() : companies.queue(advisor.siteCode());
    }

    /** An enterprise of the advisor's site; another site's is not found. */
    public Company inSite(CurrentUser advisor, long enterpriseId) {
        if (advisor.siteCode() == null) {
            throw new EnterpriseNotFound();
        }
        return companies.findInSite(enterpriseId, advisor.siteCode()).orElseThrow(EnterpriseNotFound::new);
    }

    public List<PendingClaim> pendingClaims(CurrentUser advisor, long enterpriseId) {
        inSite(advisor, enterpriseId);
        return companies.pendingClaims(enterpriseId);
    }

    public List<CertificateKind> certificateKinds(CurrentUser advisor, long enterpriseId) {
        inSite(advisor, enterpriseId);
        return companies.certificateKinds(enterpriseId);
    }

    public java.util.Optional<CertificateImage> certificate(CurrentUser advisor, long enterpriseId, CertificateKind kind) {
        inSite(advisor, enterpriseId);
        return companies.certificate(enterpriseId, kind);
    }

    @Transactional
    public void approveCertificates(CurrentUser advisor, long enterpriseId) {
        decideCertificates(advisor, enterpriseId, true, null);
    }

    @Transactional
    public void rejectCertificates(CurrentUser advisor, long enterpriseId, String reason) {
        decideCertificates(advisor, enterpriseId, false, reason);
    }

    private void decideCertificates(CurrentUser advisor, long enterpriseId, boolean approve, String reason) {
        Company company = inSite(advisor, enterpriseId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        AuthenticationStatus to = approve ? AuthenticationStatus.AUTHENTICATED : AuthenticationStatus.REJECTED;
        if (!companies.changeAuthentication(enterpriseId, List.of(AuthenticationStatus.PENDING_REVIEW), to, reason, now)) {
            throw new EnterpriseRefused(null, "enterprise.review.notPending");
        }
        companies.addHistory(enterpriseId, company.createdBy(), ReviewKind.CERTIFICATES,
                approve ? ReviewDecision.APPROVED : ReviewDecision.REJECTED, reason, advisor.accountId(), now);
        operationLog.record(advisor.did(approve ? "ENTERPRISE_AUTH_APPROVE" : "ENTERPRISE_AUTH_REJECT")
                .on(TARGET, enterpriseId).withDetail(company.name() + (reason == null ? "" : "：" + reason)));
        events.publishEvent(new EnterpriseAuthenticationDecided(enterpriseId, company.name(), company.createdBy(),
                approve, reason));
    }

    @Transactional
    public void approveClaim(CurrentUser advisor, long enterpriseId, long accountId) {
        decideClaim(advisor, enterpriseId, accountId, true, null);
    }

    @Transactional
    public void rejectClaim(CurrentUser advisor, long enterpriseId, long accountId, String reason) {
        decideClaim(advisor, enterpriseId, accountId, false, reason);
    }

    private void decideClaim(CurrentUser advisor, long enterpriseId, long accountId, boolean approve, String reason) {
        Company company = inSite(advisor, enterpriseId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        MemberStatus to = approve ? MemberStatus.ACTIVE : MemberStatus.CLAIM_REJECTED;
        if (!companies.changeMember(enterpriseId, accountId, MemberStatus.PENDING_CLAIM, to, reason, now)) {
            throw new EnterpriseNotFound();
        }
        if (approve && !companies.hasCurrent(accountId)) {
            companies.makeCurrent(accountId, enterpriseId);
        }
        companies.addHistory(enterpriseId, accountId, ReviewKind.CLAIM,
                approve ? ReviewDecision.APPROVED : ReviewDecision.REJECTED, reason, advisor.accountId(), now);
        operationLog.record(advisor.did(approve ? "ENTERPRISE_CLAIM_APPROVE" : "ENTERPRISE_CLAIM_REJECT")
                .on(TARGET, enterpriseId).withDetail(company.name() + " account " + accountId
                        + (reason == null ? "" : "：" + reason)));
        events.publishEvent(new EnterpriseAuthenticationDecided(enterpriseId, company.name(), accountId, approve, reason));
    }
}
