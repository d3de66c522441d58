package org.xinyidai.enterprise;

/**
 * What is sent to a face verification provider: the person the enterprise's user says is the legal
 * representative. The ID number is in full here (the provider needs it) and must not be logged.
 *
 * @param providerSession a provider's own session or liveness token from its capture page, if it uses one
 *                        ({@code null} for the simulation)
 */
public record FaceVerificationRequest(long enterpriseId, String legalRepName, String idNumber,
                                      String providerSession) {

    @Override
    public String toString() {
        return "FaceVerificationRequest[enterpriseId=" + enterpriseId + ", legalRepName=" + legalRepName
                + ", idNumber=" + org.xinyidai.shared.Masking.idNumber(idNumber) + "]";
    }
}
