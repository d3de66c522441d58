package org.xinyidai.enterprise;

/**
 * A provider's answer.
 *
 * @param reasonKey a message key saying why it failed (null when passed)
 * @param detail    the provider's own words, shown as they come (may be null)
 */
public record FaceVerificationResult(boolean passed, String reasonKey, String detail) {

    public static FaceVerificationResult pass() {
        return new FaceVerificationResult(true, null, null);
    }

    public static FaceVerificationResult fail(String reasonKey, String detail) {
        return new FaceVerificationResult(false, reasonKey, detail);
    }
}
