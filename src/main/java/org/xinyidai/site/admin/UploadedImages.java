package org.xinyidai.site.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.xinyidai.shared.Refused;
import org.xinyidai.site.directory.SiteImage;

/**
 * Checks an uploaded banner or logo by its content, never its name: PNG or JPEG magic bytes, at most
 * 2 MB, and an image that Java can actually decode.
 */
@Component
public class UploadedImages {

    public static final long MAX_BYTES = 2L * 1024 * 1024;

    /**
     * The checked image, empty for no file chosen.
     *
     * @param field the form field the file came in, which a refusal names
     * @throws Refused beside that field when the file is too large or no PNG or JPEG image
     */
    public Optional<SiteImage> read(String field, MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return Optional.empty();
        }
        if (file.getSize() > MAX_BYTES) {
            throw Refused.field(field, "site.admin.image.tooLarge");
        }
        try {
            byte[] bytes = file.getBytes();
            String type = typeOf(bytes);
            if (type != null && ImageIO.read(new ByteArrayInputStream(bytes)) != null) {
                return Optional.of(new SiteImage(bytes, type));
            }
        } catch (IOException | RuntimeException unreadable) {
            // not an image either
        }
        throw Refused.field(field, "site.admin.image.notImage");
    }

    private static String typeOf(byte[] b) {
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0d && b[5] == 0x0a && b[6] == 0x1a && b[7] == 0x0a) {
            return "image/png";
        }
        if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        return null;
    }
}
