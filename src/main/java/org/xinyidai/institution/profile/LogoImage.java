package org.xinyidai.institution.profile;

import java.io.IOException;
import org.springframework.web.multipart.MultipartFile;
import org.xinyidai.shared.ImageContent;

/**
 * An institution's logo, accepted only when its content is a PNG or JPEG image of at most 2 MB: the
 * file's name and the browser's content type are ignored, the leading bytes must be a PNG or JPEG
 * signature and the whole image must decode. Used by the onboarding form and the institution profile.
 *
 * @param content     the image bytes as uploaded
 * @param contentType {@code image/png} or {@code image/jpeg}, from the content
 */
public record LogoImage(byte[] content, String contentType) {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** Guards the decoder against a small file that claims an enormous picture. */
    public static final int MAX_SIDE_PIXELS = 6000;

    /** Why an upload was refused; each has a message key in the onboarding bundle. */
    public enum Problem {
        MISSING("onboarding.logo.required"),
        TOO_LARGE("onboarding.logo.tooLarge"),
        NOT_PNG_OR_JPEG("onboarding.logo.notImage");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** The answer of a check: either the accepted image or the problem, never both. */
    public record Check(LogoImage image, Problem problem) {

        public boolean accepted() {
            return image != null;
        }
    }

    /** Checks an upload; the size is checked before the bytes are read. */
    public static Check check(MultipartFile upload) {
        if (upload == null || upload.isEmpty()) {
            return refused(Problem.MISSING);
        }
        if (upload.getSize() > MAX_BYTES) {
            return refused(Problem.TOO_LARGE);
        }
        try {
            return check(upload.getBytes());
        } catch (IOException unreadable) {
            return refused(Problem.NOT_PNG_OR_JPEG);
        }
    }

    /** Checks bytes by their content. */
    public static Check check(byte[] content) {
        if (content == null || content.length == 0) {
            return refused(Problem.MISSING);
        }
        if (content.length > MAX_BYTES) {
            return refused(Problem.TOO_LARGE);
        }
        return ImageContent.pngOrJpeg(content, MAX_SIDE_PIXELS)
                .map(type -> new Check(new LogoImage(content, type), null))
                .orElseGet(() -> refused(Problem.NOT_PNG_OR_JPEG));
    }

    private static Check refused(Problem problem) {
        return new Check(null, problem);
    }
}
