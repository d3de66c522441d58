package org.xinyidai.enterprise.authentication;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.enterprise.EnterpriseId;
import org.xinyidai.enterprise.EnterpriseProperties;
import org.xinyidai.enterprise.FaceVerification;
import org.xinyidai.enterprise.FaceVerificationRequest;
import org.xinyidai.enterprise.FaceVerificationResult;
import org.xinyidai.enterprise.registry.Enterprise;
import org.xinyidai.enterprise.registry.EnterpriseService;
import org.xinyidai.enterprise.registry.Enterprises;
import org.xinyidai.identity.AccountId;
import org.xinyidai.shared.NotFound;
import org.xinyidai.shared.Refused;

/**
 * 企业认证 by the enterprise's own people: certificates for the advisor's review, or the legal representative's
 * face check through the {@link FaceVerification} port. Scoped to the account's own enterprises.
 */
@Service
public class EnterpriseAuthentication {

    private final EnterpriseService registry;
    private final Enterprises enterprises;
    private final Certificates certificates;
    private final ObjectProvider<FaceVerification> faceVerification;
    private final Clock clock;
    private final EnterpriseProperties.Face faceSettings;

    EnterpriseAuthentication(EnterpriseService registry, Enterprises enterprises, Certificates certificates,
                             ObjectProvider<FaceVerification> faceVerification, Clock clock,
                             EnterpriseProperties properties) {
        this.registry = registry;
        this.enterprises = enterprises;
        this.certificates = certificates;
        this.faceVerification = faceVerification;
        this.clock = clock;
        this.faceSettings = properties.face();
    }

    /** Stores the three certificate images and asks the site's advisor to review them. */
    @Transactional
    public void submitCertificates(AccountId account, EnterpriseId id, Map<CertificateKind, CertificateImage> images) {
        Enterprise enterprise = registry.mine(account, id);
        OffsetDateTime now = OffsetDateTime.now(clock);
        enterprise.requestReview(account, now);
        registry.save(enterprise);
        images.forEach((kind, image) -> certificates.save(id.value(), kind, image, now));
    }

    /**
     * The account's enterprise when it may still send certificates; refused once authentication is asked for or
     * given (before the uploads are even looked at).
     */
    public Enterprise openForCertificates(AccountId account, EnterpriseId id) {
        Enterprise enterprise = registry.mine(account, id);
        if (!enterprise.editable()) {
            throw new Refused("enterprise.certificates.notOpen");
        }
        return enterprise;
    }

    /** The face check, when one can be offered at all (a real provider, or the simulation, is configured). */
    public Optional<FaceVerification> faceVerification() {
        return Optional.ofNullable(faceVerification.getIfAvailable());
    }

    /** Whether this enterprise may authenticate by face now: not with a failed USCC check, nor once asked or done. */
    public boolean faceAllowed(Enterprise enterprise) {
        return enterprise.faceCheckAllowed() && faceVerification().isPresent();
    }

    /**
     * Verifies the legal representative's face; a pass authenticates the enterprise at once. A failure is recorded
     * in the history and changes nothing else; after {@code xyd.enterprise.face.daily-attempts} failures in a day
     * (of the enterprise or by the account) the check is refused until the next day. Without a face check
     * configured there is no such page (not found).
     */
    @Transactional
    public FaceVerificationResult verifyFace(AccountId account, EnterpriseId id, String name, String idNumber) {
        Enterprise enterprise = registry.mine(account, id);
        FaceVerification verification = faceVerification().orElseThrow(NotFound::new);
        enterprise.checkFaceAllowed();
        OffsetDateTime startOfDay = LocalDate.now(clock).atStartOfDay(clock.getZone()).toOffsetDateTime();
        if (enterprises.failedFaceChecksSince(id, account, startOfDay) >= faceSettings.dailyAttempts()) {
            throw new Refused("enterprise.face.tooManyAttempts");
        }
        FaceVerificationResult result;
        try {
            result = verification.verify(new FaceVerificationRequest(id.value(), name, idNumber, null));
        } catch (RuntimeException providerDown) {
            // A provider outage is a failed attempt the user may repeat, never an error page.
            result = FaceVerificationResult.fail("enterprise.face.unavailable", null);
        }
        if (result.passed() && !(enterprise.legalRepName().equals(name) && enterprises.isLegalRepId(id.value(), idNumber))) {
            result = FaceVerificationResult.fail("enterprise.face.notLegalRep", null);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (result.passed()) {
            enterprise.passFaceCheck(account, now);
        } else {
            enterprise.failFaceCheck(account, result.reasonKey(), now);
        }
        registry.save(enterprise);
        return result;
    }

    public List<CertificateKind> certificateKinds(long enterpriseId) {
        return certificates.kinds(enterpriseId);
    }

    /** One of the account's enterprise's own uploads. */
    public Optional<CertificateImage> certificate(AccountId account, EnterpriseId id, CertificateKind kind) {
        registry.mine(account, id);
        return certificates.find(id.value(), kind);
    }
}
