package org.xinyidai.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * What an uploaded picture really is, judged by its content and never by its name: a PNG or JPEG signature,
 * and the whole image decodes without a warning (a truncated JPEG decodes to a grey half with one).
 */
public final class ImageContent {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private ImageContent() {
    }

    /**
     * {@code image/png} or {@code image/jpeg} for a picture that decodes and is at most {@code maxSidePixels} wide
     * and high (a guard against a small file claiming an enormous picture); empty for anything else.
     */
    public static Optional<String> pngOrJpeg(byte[] content, int maxSidePixels) {
        if (content == null) {
            return Optional.empty();
        }
        String format = startsWith(content, PNG_SIGNATURE) ? "png" : startsWith(content, JPEG_SIGNATURE) ? "jpeg" : null;
        return format != null && decodes(content, format, maxSidePixels) ? Optional.of("image/" + format)
                : Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }

    private static boolean decodes(byte[] content, String format, int maxSidePixels) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            return false;
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            reader.setInput(input, true, true);
            if (reader.getWidth(0) > maxSidePixels || reader.getHeight(0) > maxSidePixels) {
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
