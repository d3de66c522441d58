package org.xinyidai.enterprise.company;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.enterprise.AuthenticationStatus;
import org.xinyidai.enterprise.EnterpriseAuthenticationDecided;
import org.xinyidai.enterprise.EnterpriseAuthenticationRequested;
import org.xinyidai.enterprise.EnterpriseSizing;
import org.xinyidai.enterprise.FaceVerification;
import org.xinyidai.enterprise.FaceVerificationRequest;
import org.xinyidai.enterprise.FaceVerificationResult;
import org.xinyidai.enterprise.NewEnterprise;
import org.xinyidai.shared.ResidentIdNumber;
import org.xinyidai.shared.Uscc;
import org.xinyidai.shared.admission.EnterpriseSize;

/**
 * 我的企业 for an enterprise account: adding (or claiming) enterprises, editing them before
 * authentication, the current enterprise, certificate upload and face verification. Every method is
 * scoped to the account's own bindings; anything else is refused as if it did not exist.
 */
@Service
public class CompanyService {

    private static final List<AuthenticationStatus> OPEN = List.of(AuthenticationStatus.UNVERIFIED,
            AuthenticationStatus.REJECTED);

    private final Companies companies;
    private final ObjectProvider<FaceVerification> faceVerification;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EnterpriseProperties.Face faceSettings;

    CompanyService(Companies companies, ObjectProvider<FaceVerification> faceVerification,
                   ApplicationEventPublisher events, Clock clock, EnterpriseProperties properties) {
        this.companies = companies;
        this.faceVerification = faceVerification;
        this.events = events;
        this.clock = clock;
        this.faceSettings = properties.face();
    }

    /** The result of adding: a new enterprise, or a claim of an existing one awaiting the advisor. */
    public record Added(long enterpriseId, boolean claim) {
    }

    /**
     * What the user must acknowledge before a USCC is submitted (message keys): a wrong check character,
     * or an enterprise that another account already added. Throws when this account has it already.
     *
     * @param exceptEnterprise the enterprise being edited (its own code is no conflict), or null
     */
    public List<String> usccWarnings(long accountId, Uscc uscc, Long exceptEnterprise) {
        List<String> warnings = new ArrayList<>();
        if (!uscc.checkCharacterValid()) {
            warnings.add("enterprise.uscc.checkMismatch");
        }
        Optional<Company> existing = companies.findByUscc(uscc.value())
                .filter(c -> exceptEnterprise == null || c.id() != exceptEnterprise);
        if (existing.isPresent()) {
            Optional<MemberStatus> mine = companies.memberStatus(existing.get().id(), accountId);
            if (mine.isPresent() && mine.get() != MemberStatus.CLAIM_REJECTED) {
                throw new EnterpriseRefused("uscc", "enterprise.uscc.alreadyYours");
            }
            if (exceptEnterprise != null) {
                throw new EnterpriseRefused("uscc", "enterprise.uscc.taken");
            }
            warnings.add(existing.get().authenticated() ? "enterprise.uscc.claimAuthenticated"
                    : "enterprise.uscc.claimExisting");
        }
        return warnings;
    }

    /**
     * Adds an enterprise for the account (the first becomes current), or, when its USCC is already on the
     * platform, files a claim for the advisor. Callers have shown {@link #usccWarnings} and had them confirmed.
     */
    @Transactional
    public Added add(long accountId, String siteCode, NewEnterprise enterprise) {
        usccWarnings(accountId, enterprise.uscc(), null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<Company> existing = companies.findByUscc(enterprise.uscc().value());
        if (existing.isPresent()) {
            long id = existing.get().id();
            if (!companies.changeMember(id, accountId, MemberStatus.CLAIM_REJECTED, MemberStatus.PENDING_CLAIM, null, now)) {
                companies.addMember(id, accountId, MemberStatus.PENDING_CLAIM, false, now);
            }
            companies.addHistory(id, accountId, ReviewKind.CLAIM, ReviewDecision.SUBMITTED, null, null, now);
            events.publishEvent(new EnterpriseAuthenticationRequested(id, existing.get().name(), existing.get().siteCode()));
            return new Added(id, true);
        }
        long id = insert(accountId, siteCode, enterprise, AuthenticationStatus.UNVERIFIED, now);
        return new Added(id, false);
    }

    long insert(long accountId, String siteCode, NewEnterprise enterprise, AuthenticationStatus status,
                OffsetDateTime now) {
        long id = companies.insert(enterprise, siteCode, enterprise.uscc().checkCharacterValid(), sizeOf(enterprise),
                status, accountId, now);
        companies.addMember(id, accountId, MemberStatus.ACTIVE, !companies.hasCurrent(accountId), now);
        return id;
    }

    /** Changes an enterprise's data before authentication; refused once reviewed, asked for or changed meanwhile. */
    @Transactional
    public void edit(long accountId, long enterpriseId, int version, NewEnterprise enterprise) {
        Company company = mine(accountId, enterpriseId);
        if (!company.editable()) {
            throw new EnterpriseRefused(null, "enterprise.edit.locked");
        }
        usccWarnings(accountId, enterprise.uscc(), enterpriseId);
        if (enterprise.legalRepId() == null) {
            enterprise = withLegalRepId(enterprise, new ResidentIdNumber(companies.legalRepId(enterpriseId)));
        }
        if (!companies.update(enterpriseId, version, enterprise, enterprise.uscc().checkCharacterValid(),
                sizeOf(enterprise))) {
            throw new EnterpriseRefused(null, "enterprise.edit.stale");
        }
    }

    @Transactional
    public void switchCurrent(long accountId, long enterpriseId) {
        if (!companies.makeCurrent(accountId, enterpriseId)) {
            throw new EnterpriseNotFound();
        }
    }

    /** Stores the three certificate images and asks the site's advisor to review them. */
    @Transactional
    public void submitCertificates(long accountId, long enterpriseId, Map<CertificateKind, CertificateImage> images) {
        Company company = mine(accountId, enterpriseId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!companies.changeAuthentication(enterpriseId, OPEN, AuthenticationStatus.PENDING_REVIEW, null, now)) {
            throw new EnterpriseRefused(null, "enterprise.certificates.notOpen");
        }
        images.forEach((kind, image) -> companies.saveCertificate(enterpriseId, kind, image, now));
        companies.addHistory(enterpriseId, accountId, ReviewKind.CERTIFICATES, ReviewDecision.SUBMITTED, null, null, now);
        events.publishEvent(new EnterpriseAuthenticationRequested(enterpriseId, company.name(), company.siteCode()));
    }

    /** Whether the face option can be offered at all (a real or the simulated verification is configured). */
    public Optional<FaceVerification> faceVerification() {
        return Optional.ofNullable(faceVerification.getIfAvailable());
    }

    /** Whether this enterprise may authenticate by face now: not with a failed USCC check, nor once asked or done. */
    public boolean faceAllowed(Company company) {
        return company.usccCheckOk() && company.editable() && faceVerification().isPresent();
    }

    /**
     * Verifies the legal representative's face; a pass authenticates the enterprise at once. A failure is
     * recorded in the history and changes nothing else; after {@code xyd.enterprise.face.daily-attempts} failures
     * in a day (of the enterprise or by the account) the check is refused until the next day.
     */
    @Transactional
    public FaceVerificationResult verifyFace(long accountId, long enterpriseId, String name, String idNumber) {
        Company company = mine(accountId, enterpriseId);
        FaceVerification verification = faceVerification().orElseThrow(EnterpriseNotFound::new);
        if (!faceAllowed(company)) {
            throw new EnterpriseRefused(null, "enterprise.face.notAllowed");
        }
        OffsetDateTime startOfDay = LocalDate.now(clock).atStartOfDay(clock.getZone()).toOffsetDateTime();
        if (companies.failedFaceChecksSince(enterpriseId, accountId, startOfDay) >= faceSettings.dailyAttempts()) {
            throw new EnterpriseRefused(null, "enterprise.face.tooManyAttempts");
        }
        FaceVerificationResult result;
        try {
            result = verification.verify(new FaceVerificationRequest(enterpriseId, name, idNumber, null));
        } catch (RuntimeException providerDown) {
            // A provider outage is a failed attempt the user may repeat, never an error page.
            result = FaceVerificationResult.fail("enterprise.face.unavailable", null);
        }
        if (result.passed() && !(company.legalRepName().equals(name) && companies.isLegalRepId(enterpriseId, idNumber))) {
            result = FaceVerificationResult.fail("enterprise.face.notLegalRep", null);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (result.passed()) {
            companies.changeAuthentication(enterpriseId, OPEN, AuthenticationStatus.AUTHENTICATED, null, now);
            companies.addHistory(enterpriseId, accountId, ReviewKind.FACE, ReviewDecision.APPROVED, null, null, now);
            events.publishEvent(new EnterpriseAuthenticationDecided(enterpriseId, company.name(), accountId, true, null));
        } else {
            companies.addHistory(enterpriseId, accountId, ReviewKind.FACE, ReviewDecision.REJECTED,
                    result.reasonKey(), null, now);
        }
        return result;
    }

    /** The enterprise when the account is an active member of it; otherwise not found. */
    public Company mine(long accountId, long enterpriseId) {
        return companies.findForAccount(enterpriseId, accountId).orElseThrow(EnterpriseNotFound::new);
    }

    public List<Membership> memberships(long accountId) {
        return companies.memberships(accountId);
    }

    public List<HistoryEntry> history(long enterpriseId) {
        return companies.history(enterpriseId);
    }

    public List<CertificateKind> certificateKinds(long enterpriseId) {
        return companies.certificateKinds(enterpriseId);
    }

    public Optional<CertificateImage> certificate(long accountId, long enterpriseId, CertificateKind kind) {
        mine(accountId, enterpriseId);
        return companies.certificate(enterpriseId, kind);
    }

    private static NewEnterprise withLegalRepId(NewEnterprise e, ResidentIdNumber id) {
        return new NewEnterprise(e.name(), e.uscc(), e.legalRepName(), id, e.registeredCapitalWan(), e.establishedOn(),
                e.industry(), e.sizingCategory(), e.regionCode(), e.address(), e.employees(), e.annualRevenueWan(),
                e.totalAssetsWan());
    }

    static EnterpriseSize sizeOf(NewEnterprise e) {
        return EnterpriseSizing.classify(e.sizingCategory(), e.employees(), e.annualRevenueWan(), e.totalAssetsWan());
    }
}
