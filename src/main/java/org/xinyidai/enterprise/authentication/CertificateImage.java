package org.xinyidai.enterprise.authentication;

import java.io.IOException;
import org.springframework.web.multipart.MultipartFile;
import org.xinyidai.shared.ImageContent;

/**
 * A certificate photo (business licence, ID card side), accepted only by its content: a PNG or JPEG
 * signature, at most 5 MB, and the whole image decodes (as {@code institution.media.LogoImage} does).
 */
public record CertificateImage(byte[] content, String contentType) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final int MAX_SIDE_PIXELS = 10000;

    /** Why an upload was refused: a message key of the enterprise bundle. */
    public enum Problem {
        MISSING("enterprise.certificate.required"),
        TOO_LARGE("enterprise.certificate.tooLarge"),
        NOT_PNG_OR_JPEG("enterprise.certificate.notImage");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    public record Check(CertificateImage image, Problem problem) {

        public boolean accepted() {
            return image != null;
        }
    }

    public static Check check(MultipartFile upload) {
        if (upload == null || upload.isEmpty()) {
            return new Check(null, Problem.MISSING);
        }
        if (upload.getSize() > MAX_BYTES) {
            return new Check(null, Problem.TOO_LARGE);
        }
        try {
            return check(upload.getBytes());
        } catch (IOException unreadable) {
            return new Check(null, Problem.NOT_PNG_OR_JPEG);
        }
    }

    public static Check check(byte[] content) {
        if (content == null || content.length == 0) {
            return new Check(null, Problem.MISSING);
        }
        if (content.length > MAX_BYTES) {
            return new Check(null, Problem.TOO_LARGE);
        }
        return ImageContent.pngOrJpeg(content, MAX_SIDE_PIXELS)
                .map(type -> new Check(new CertificateImage(content, type), null))
                .orElseGet(() -> new Check(null, Problem.NOT_PNG_OR_JPEG));
    }

}
