package org.xinyidai.enterprise.face;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.xinyidai.enterprise.FaceVerification;
import org.xinyidai.enterprise.FaceVerificationRequest;
import org.xinyidai.enterprise.FaceVerificationResult;
import org.xinyidai.enterprise.company.Companies;

/**
 * A stand-in for a face verification provider, for development and tests only
 * ({@code xyd.enterprise.face.simulated=true}): no face is captured; it passes when the name and ID number
 * entered are the enterprise's registered legal representative's.
 */
@Component
@ConditionalOnProperty(name = "xyd.enterprise.face.simulated", havingValue = "true")
class SimulatedFaceVerification implements FaceVerification {

    private final Companies companies;

    SimulatedFaceVerification(Companies companies) {
        this.companies = companies;
    }

    @Override
    public FaceVerificationResult verify(FaceVerificationRequest request) {
        boolean matches = companies.find(request.enterpriseId())
                .filter(c -> c.legalRepName().equals(request.legalRepName()))
                .isPresent() && companies.isLegalRepId(request.enterpriseId(), request.idNumber());
        return matches ? FaceVerificationResult.pass()
                : FaceVerificationResult.fail("enterprise.face.simulatedMismatch", null);
    }

    @Override
    public boolean simulated() {
        return true;
    }
}
