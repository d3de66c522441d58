package org.xinyidai.enterprise.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.xinyidai.enterprise.AuthenticationStatus;
import org.xinyidai.enterprise.EnterpriseAuthenticationDecided;
import org.xinyidai.enterprise.EnterpriseAuthenticationRequested;
import org.xinyidai.enterprise.EnterpriseId;
import org.xinyidai.enterprise.EnterpriseSummary;
import org.xinyidai.enterprise.NewEnterprise;
import org.xinyidai.enterprise.SizingCategory;
import org.xinyidai.identity.AccountId;
import org.xinyidai.shared.Money;
import org.xinyidai.shared.Refused;
import org.xinyidai.shared.ResidentIdNumber;
import org.xinyidai.shared.admission.EnterpriseSize;
import org.xinyidai.shared.admission.IndustrySection;

/**
 * An enterprise on the platform, the aggregate of this module: its registered data, which may change only before
 * authentication is asked for or given, and its authentication, which moves only as the rules say (certificates
 * for the advisor's review, the advisor's decision, a passed face check). A transition it refuses throws a
 * {@link Refused}; one it makes is recorded as a history step and an event, which {@link Enterprises#save} writes
 * and the service publishes. The legal representative's ID number is only here masked.
 */
public class Enterprise {

    private final long id;
    private final String siteCode;
    private final long createdBy;
    private final OffsetDateTime createdAt;
    private final int version;
    private EnterpriseData data;
    private ResidentIdNumber newLegalRepId;
    private AuthenticationStatus authentication;
    private OffsetDateTime reviewRequestedAt;
    private OffsetDateTime authenticatedAt;
    private String rejectionReason;
    private boolean changed;
    private String refusalIfChangedMeanwhile;
    private final List<HistoryEntry> steps = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();

    /** As stored; only {@link Enterprises} builds one. */
    Enterprise(long id, String siteCode, EnterpriseData data, AuthenticationStatus authentication,
               OffsetDateTime reviewRequestedAt, OffsetDateTime authenticatedAt, String rejectionReason,
               long createdBy, OffsetDateTime createdAt, int version) {
        this.id = id;
        this.siteCode = siteCode;
        this.data = data;
        this.authentication = authentication;
        this.reviewRequestedAt = reviewRequestedAt;
        this.authenticatedAt = authenticatedAt;
        this.rejectionReason = rejectionReason;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.version = version;
    }

    /** Data may be changed only before authentication is asked for or given. */
    public boolean editable() {
        return authentication == AuthenticationStatus.UNVERIFIED || authentication == AuthenticationStatus.REJECTED;
    }

    public boolean authenticated() {
        return authentication == AuthenticationStatus.AUTHENTICATED;
    }

    /** A face check may authenticate it: its USCC passed the check character test and nothing is asked or done. */
    public boolean faceCheckAllowed() {
        return data.usccCheckOk() && editable();
    }

    /**
     * Changes the registered data, as the person last saw it ({@code seenVersion}); a legal representative's ID
     * number left out keeps the one on file.
     */
    void edit(NewEnterprise details, int seenVersion) {
        if (!editable()) {
            throw new Refused("enterprise.edit.locked");
        }
        if (seenVersion != version) {
            throw new Refused("enterprise.edit.stale");
        }
        data = EnterpriseData.of(details, data.legalRepIdMasked());
        newLegalRepId = details.legalRepId();
        changed("enterprise.edit.stale");
    }

    /** Certificates uploaded: the site's advisor is asked to review them. */
    public void requestReview(AccountId by, OffsetDateTime at) {
        if (!editable()) {
            throw new Refused("enterprise.certificates.notOpen");
        }
        authentication = AuthenticationStatus.PENDING_REVIEW;
        reviewRequestedAt = at;
        rejectionReason = null;
        changed("enterprise.certificates.notOpen");
        step(ReviewKind.CERTIFICATES, ReviewDecision.SUBMITTED, by, null, null, at);
        events.add(new EnterpriseAuthenticationRequested(id, data.name(), siteCode));
    }

    /** The advisor approves the certificates (authenticated) or turns them down with a reason. */
    public void decideReview(boolean approve, String reason, AccountId advisor, OffsetDateTime at) {
        if (authentication != AuthenticationStatus.PENDING_REVIEW) {
            throw new Refused("enterprise.review.notPending");
        }
        authentication = approve ? AuthenticationStatus.AUTHENTICATED : AuthenticationStatus.REJECTED;
        rejectionReason = reason;
        if (approve) {
            authenticatedAt = at;
        }
        changed("enterprise.review.notPending");
        step(ReviewKind.CERTIFICATES, approve ? ReviewDecision.APPROVED : ReviewDecision.REJECTED,
                AccountId.of(createdBy), reason, advisor, at);
        events.add(new EnterpriseAuthenticationDecided(id, data.name(), createdBy, approve, reason));
    }

    /** Refuses a face check this enterprise may not take (a failed USCC check, or asked or done already). */
    public void checkFaceAllowed() {
        if (!faceCheckAllowed()) {
            throw new Refused("enterprise.face.notAllowed");
        }
    }

    /** The legal representative passed the face check: authenticated at once. */
    public void passFaceCheck(AccountId by, OffsetDateTime at) {
        checkFaceAllowed();
        authentication = AuthenticationStatus.AUTHENTICATED;
        rejectionReason = null;
        authenticatedAt = at;
        changed("enterprise.face.notAllowed");
        step(ReviewKind.FACE, ReviewDecision.APPROVED, by, null, null, at);
        events.add(new EnterpriseAuthenticationDecided(id, data.name(), by.value(), true, null));
    }

    /** A failed face check: only its history step, with the reason's message key; nothing else changes. */
    public void failFaceCheck(AccountId by, String reasonKey, OffsetDateTime at) {
        step(ReviewKind.FACE, ReviewDecision.REJECTED, by, reasonKey, null, at);
    }

    /** Another account claims this enterprise (its USCC was entered again): the site's advisor decides. */
    void claimBy(AccountId claimant, OffsetDateTime at) {
        step(ReviewKind.CLAIM, ReviewDecision.SUBMITTED, claimant, null, null, at);
        events.add(new EnterpriseAuthenticationRequested(id, data.name(), siteCode));
    }

    /** The advisor's decision on a claim (the claimant's membership is changed by the caller). */
    public void decideClaim(AccountId claimant, boolean approve, String reason, AccountId advisor,
                            OffsetDateTime at) {
        step(ReviewKind.CLAIM, approve ? ReviewDecision.APPROVED : ReviewDecision.REJECTED, claimant, reason,
                advisor, at);
        events.add(new EnterpriseAuthenticationDecided(id, data.name(), claimant.value(), approve, reason));
    }

    private void changed(String refusal) {
        changed = true;
        refusalIfChangedMeanwhile = refusal;
    }

    private void step(ReviewKind kind, ReviewDecision decision, AccountId account, String reason, AccountId reviewer,
                      OffsetDateTime at) {
        steps.add(new HistoryEntry(kind, decision, reason, account.value(),
                reviewer == null ? null : reviewer.value(), at));
    }

    public EnterpriseSummary summary() {
        return new EnterpriseSummary(id, siteCode, data.name(), data.uscc(), data.regionCode(), data.industry(),
                data.size(), authentication, data.establishedOn(), data.legalRepName());
    }

    /** The events raised since it was loaded, for the service to publish once it is saved. */
    public List<Object> events() {
        return List.copyOf(events);
    }

    /** Whether its row changed (not only its history), and what to answer if someone else changed it first. */
    boolean changed() {
        return changed;
    }

    String refusalIfChangedMeanwhile() {
        return refusalIfChangedMeanwhile;
    }

    List<HistoryEntry> newSteps() {
        return List.copyOf(steps);
    }

    /** A new ID number to store, or null to keep the one on file. */
    ResidentIdNumber newLegalRepId() {
        return newLegalRepId;
    }

    public EnterpriseId enterpriseId() {
        return EnterpriseId.of(id);
    }

    public EnterpriseData data() {
        return data;
    }

    // State, and the registered data as the pages read it.
    public long id() { return id; }
    public String siteCode() { return siteCode; }
    public AuthenticationStatus authentication() { return authentication; }
    public OffsetDateTime reviewRequestedAt() { return reviewRequestedAt; }
    public OffsetDateTime authenticatedAt() { return authenticatedAt; }
    public String rejectionReason() { return rejectionReason; }
    public long createdBy() { return createdBy; }
    public OffsetDateTime createdAt() { return createdAt; }
    public int version() { return version; }
    public String name() { return data.name(); }
    public String uscc() { return data.uscc(); }
    public boolean usccCheckOk() { return data.usccCheckOk(); }
    public String legalRepName() { return data.legalRepName(); }
    public String legalRepIdMasked() { return data.legalRepIdMasked(); }
    public Money registeredCapital() { return data.registeredCapital(); }
    public LocalDate establishedOn() { return data.establishedOn(); }
    public IndustrySection industry() { return data.industry(); }
    public SizingCategory sizingCategory() { return data.sizingCategory(); }
    public String regionCode() { return data.regionCode(); }
    public String address() { return data.address(); }
    public int employees() { return data.employees(); }
    public Money annualRevenue() { return data.annualRevenue(); }
    public Money totalAssets() { return data.totalAssets(); }
    public EnterpriseSize size() { return data.size(); }
}
