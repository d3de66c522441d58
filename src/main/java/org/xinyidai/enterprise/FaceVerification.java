package org.xinyidai.enterprise;

/**
 * 法人人脸核验 — the integration point for a real face verification provider (a licensed identity
 * service comparing a live capture with the national ID photo of name + ID number).
 *
 * <p>To connect one, add a Spring bean implementing this interface (for example in a new
 * {@code enterprise.face} class or a separate adapter module) that calls the provider and maps its answer
 * to a {@link FaceVerificationResult}. When a real bean is present it is used; without one, and without
 * {@code xyd.enterprise.face.simulated=true} (which enables {@code SimulatedFaceVerification} for
 * development and tests), the face option is hidden from the enterprise's page. A pass authenticates the
 * enterprise at once; the platform additionally checks that the verified name and ID number are the
 * enterprise's registered legal representative. Implementations must not log the ID number in full.
 */
public interface FaceVerification {

    FaceVerificationResult verify(FaceVerificationRequest request);

    /** True for a stand-in that connects to no real provider; the page then says so. */
    default boolean simulated() {
        return false;
    }
}
