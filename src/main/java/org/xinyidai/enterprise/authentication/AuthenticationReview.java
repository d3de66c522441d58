package org.xinyidai.enterprise.authentication;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.audit.OperationLog;
import org.xinyidai.enterprise.EnterpriseId;
import org.xinyidai.enterprise.registry.Enterprise;
import org.xinyidai.enterprise.registry.EnterpriseService;
import org.xinyidai.enterprise.registry.Enterprises;
import org.xinyidai.enterprise.registry.MemberStatus;
import org.xinyidai.enterprise.registry.Memberships;
import org.xinyidai.enterprise.registry.PendingClaim;
import org.xinyidai.identity.AccountId;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.shared.NotFound;

/**
 * 企业认证审核: the site's advisor decides certificate authentications and claims. Scoped to the advisor's site in
 * every query; each decision is in the history, the audit log and an event.
 */
@Service
public class AuthenticationReview {

    static final String TARGET = "enterprise";

    private final EnterpriseService registry;
    private final Enterprises enterprises;
    private final Memberships memberships;
    private final Certificates certificates;
    private final ReviewQueue reviewQueue;
    private final OperationLog operationLog;
    private final Clock clock;

    AuthenticationReview(EnterpriseService registry, Enterprises enterprises, Memberships memberships,
                         Certificates certificates, ReviewQueue reviewQueue, OperationLog operationLog, Clock clock) {
        this.registry = registry;
        this.enterprises = enterprises;
        this.memberships = memberships;
        this.certificates = certificates;
        this.reviewQueue = reviewQueue;
        this.operationLog = operationLog;
        this.clock = clock;
    }

    public List<QueueItem> queue(CurrentUser advisor) {
        return advisor.siteCode() == null ? List.of() : reviewQueue.of(advisor.siteCode());
    }

    /** An enterprise of the advisor's site; another site's is not found. */
    public Enterprise inSite(CurrentUser advisor, long enterpriseId) {
        if (advisor.siteCode() == null) {
            throw new NotFound();
        }
        return enterprises.findInSite(enterpriseId, advisor.siteCode()).orElseThrow(NotFound::new);
    }

    public List<PendingClaim> pendingClaims(CurrentUser advisor, long enterpriseId) {
        inSite(advisor, enterpriseId);
        return memberships.pendingClaims(enterpriseId);
    }

    public List<CertificateKind> certificateKinds(CurrentUser advisor, long enterpriseId) {
        inSite(advisor, enterpriseId);
        return certificates.kinds(enterpriseId);
    }

    public Optional<CertificateImage> certificate(CurrentUser advisor, long enterpriseId, CertificateKind kind) {
        inSite(advisor, enterpriseId);
        return certificates.find(enterpriseId, kind);
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
        Enterprise enterprise = inSite(advisor, enterpriseId);
        enterprise.decideReview(approve, reason, advisor.account(), OffsetDateTime.now(clock));
        registry.save(enterprise);
        operationLog.record(advisor.did(approve ? "ENTERPRISE_AUTH_APPROVE" : "ENTERPRISE_AUTH_REJECT")
                .on(TARGET, enterpriseId).withDetail(enterprise.name() + (reason == null ? "" : "：" + reason)));
    }

    @Transactional
    public void approveClaim(CurrentUser advisor, EnterpriseId enterprise, AccountId claimant) {
        decideClaim(advisor, enterprise, claimant, true, null);
    }

    @Transactional
    public void rejectClaim(CurrentUser advisor, EnterpriseId enterprise, AccountId claimant, String reason) {
        decideClaim(advisor, enterprise, claimant, false, reason);
    }

    /** A claim that is not pending (decided already, or never made) is not found. */
    private void decideClaim(CurrentUser advisor, EnterpriseId id, AccountId claimant, boolean approve,
                             String reason) {
        Enterprise enterprise = inSite(advisor, id.value());
        OffsetDateTime now = OffsetDateTime.now(clock);
        MemberStatus to = approve ? MemberStatus.ACTIVE : MemberStatus.CLAIM_REJECTED;
        if (!memberships.change(id, claimant, MemberStatus.PENDING_CLAIM, to, reason, now)) {
            throw new NotFound();
        }
        if (approve && !memberships.hasCurrent(claimant)) {
            memberships.makeCurrent(claimant, id);
        }
        enterprise.decideClaim(claimant, approve, reason, advisor.account(), now);
        registry.save(enterprise);
        operationLog.record(advisor.did(approve ? "ENTERPRISE_CLAIM_APPROVE" : "ENTERPRISE_CLAIM_REJECT")
                .on(TARGET, id.value()).withDetail(enterprise.name() + " account " + claimant.value()
                        + (reason == null ? "" : "：" + reason)));
    }
}
