package org.xinyidai.enterprise.company;

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
 * A certificate photo (business licence, ID card side), accepted only by its content: a PNG or JPEG
 * signature, at most 5 MB, and the whole image decodes (as {@code institution.media.LogoImage} does).
 */
public record CertificateImage(byte[] content, String contentType) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final int MAX_SIDE_PIXELS = 10000;
    private static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

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
        String format = startsWith(content, PNG) ? "png" : startsWith(content, JPEG) ? "jpeg" : null;
        if (format == null || !decodes(content, format)) {
            return new Check(null, Problem.NOT_PNG_OR_JPEG);
        }
        return new Check(new CertificateImage(content, "image/" + format), null);
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }

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
