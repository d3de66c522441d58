package org.xinyidai.enterprise.authentication;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.xinyidai.enterprise.FaceVerification;
import org.xinyidai.enterprise.FaceVerificationRequest;
import org.xinyidai.enterprise.FaceVerificationResult;
import org.xinyidai.enterprise.registry.Enterprises;

/**
 * A stand-in for a face verification provider, for development and tests only
 * ({@code xyd.enterprise.face.simulated=true}): no face is captured; it passes when the name and ID number
 * entered are the enterprise's registered legal representative's. A real provider's adapter implements the same
 * port, in this package or a module of its own.
 */
@Component
@ConditionalOnProperty(name = "xyd.enterprise.face.simulated", havingValue = "true")
class SimulatedFaceVerification implements FaceVerification {

    private final Enterprises enterprises;

    SimulatedFaceVerification(Enterprises enterprises) {
        this.enterprises = enterprises;
    }

    @Override
    public FaceVerificationResult verify(FaceVerificationRequest request) {
        boolean matches = enterprises.find(request.enterpriseId())
                .filter(e -> e.legalRepName().equals(request.legalRepName()))
                .isPresent() && enterprises.isLegalRepId(request.enterpriseId(), request.idNumber());
        return matches ? FaceVerificationResult.pass()
                : FaceVerificationResult.fail("enterprise.face.simulatedMismatch", null);
    }

    @Override
    public boolean simulated() {
        return true;
    }
}
