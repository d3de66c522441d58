package org.xinyidai.institution.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.springframework.web.multipart.MultipartFile;

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

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

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
        String format = startsWith(content, PNG_SIGNATURE) ? "png" : startsWith(content, JPEG_SIGNATURE) ? "jpeg" : null;
        if (format == null || !decodes(content, format)) {
            return refused(Problem.NOT_PNG_OR_JPEG);
        }
        return new Check(new LogoImage(content, "image/" + format), null);
    }

    private static Check refused(Problem problem) {
        return new Check(null, problem);
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }

    /**
     * Decodes the whole image with the reader of the format its signature names. A decoder warning (a
     * truncated JPEG decodes to a grey half with a warning) counts as broken.
     */
    private static boolean decodes(byte[] content, String format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            return false;
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            reader.setInput(input, true, true);
            if (reader.getWidth(0) > MAX_SIDE_PIXELS || reader.getHeight(0) > MAX_SIDE_PIXELS) {
                return false;
            }
            return reader.read(0) != null && warnings.isEmpty();
        } catch (IOException | RuntimeException broken) {
            return false;
        } finally {
            reader.dispose();
        }
    }
}
