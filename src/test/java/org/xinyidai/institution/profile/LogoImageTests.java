package org.xinyidai.institution.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.xinyidai.institution.profile.LogoImage.Problem;

class LogoImageTests {

    @Test
    void aSmallPngIsAcceptedAsPngWhateverItsName() throws IOException {
        byte[] png = image("png", 64, 64);
        LogoImage.Check check = LogoImage.check(new MockMultipartFile("logo", "logo.jpg", "image/jpeg", png));
        assertThat(check.accepted()).isTrue();
        assertThat(check.image().contentType()).isEqualTo("image/png");
        assertThat(check.image().content()).isEqualTo(png);
    }

    @Test
    void aSmallJpegIsAcceptedAsJpeg() throws IOException {
        LogoImage.Check check = LogoImage.check(image("jpg", 120, 80));
        assertThat(check.accepted()).isTrue();
        assertThat(check.image().contentType()).isEqualTo("image/jpeg");
    }

    @Test
    void textRenamedToPngIsRefused() {
        byte[] text = "这不是图片，只是改了扩展名的文本文件".getBytes(StandardCharsets.UTF_8);
        LogoImage.Check check = LogoImage.check(new MockMultipartFile("logo", "logo.png", "image/png", text));
        assertThat(check.accepted()).isFalse();
        assertThat(check.problem()).isEqualTo(Problem.NOT_PNG_OR_JPEG);
    }

    @Test
    void aTruncatedPngIsRefusedThoughItsSignatureIsRight() throws IOException {
        byte[] png = image("png", 200, 200);
        assertThat(LogoImage.check(Arrays.copyOf(png, png.length / 2)).problem()).isEqualTo(Problem.NOT_PNG_OR_JPEG);
    }

    @Test
    void aTruncatedJpegIsRefused() throws IOException {
        byte[] jpeg = image("jpg", 200, 200);
        assertThat(LogoImage.check(Arrays.copyOf(jpeg, jpeg.length / 2)).problem()).isEqualTo(Problem.NOT_PNG_OR_JPEG);
    }

    @Test
    void onlyTheSignatureIsNotEnough() {
        byte[] fake = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4};
        assertThat(LogoImage.check(fake).problem()).isEqualTo(Problem.NOT_PNG_OR_JPEG);
    }

    @Test
    void otherImageFormatsAreRefused() throws IOException {
        assertThat(LogoImage.check(image("gif", 32, 32)).problem()).isEqualTo(Problem.NOT_PNG_OR_JPEG);
        assertThat(LogoImage.check(image("bmp", 32, 32)).problem()).isEqualTo(Problem.NOT_PNG_OR_JPEG);
    }

    @Test
    void aRealImageOverTwoMegabytesIsRefusedAsTooLarge() throws IOException {
        byte[] big = noise(1000, 900);
        assertThat(big.length).isGreaterThan(LogoImage.MAX_BYTES);
        assertThat(LogoImage.check(big).problem()).isEqualTo(Problem.TOO_LARGE);
        assertThat(LogoImage.check(new MockMultipartFile("logo", "big.png", "image/png", big)).problem())
                .isEqualTo(Problem.TOO_LARGE);
    }

    @Test
    void exactlyTwoMegabytesIsStillChecked() {
        byte[] limit = new byte[LogoImage.MAX_BYTES];
        assertThat(LogoImage.check(limit).problem()).isEqualTo(Problem.NOT_PNG_OR_JPEG);
    }

    @Test
    void nothingUploadedIsMissing() {
        assertThat(LogoImage.check((org.springframework.web.multipart.MultipartFile) null).problem())
                .isEqualTo(Problem.MISSING);
        assertThat(LogoImage.check(new MockMultipartFile("logo", "", "application/octet-stream", new byte[0])).problem())
                .isEqualTo(Problem.MISSING);
    }

    @Test
    void anImageClaimingEnormousDimensionsIsRefusedBeforeDecoding() throws IOException {
        byte[] png = image("png", 10, 10);
        // IHDR width at offset 16 (after signature, length and type); the CRC no longer matches either.
        png[16] = 0x00; png[17] = 0x01; png[18] = (byte) 0x86; png[19] = (byte) 0xA0;
        assertThat(LogoImage.check(png).problem()).isEqualTo(Problem.NOT_PNG_OR_JPEG);
    }

    @Test
    void everyProblemHasAMessageKeyOfTheOnboardingBundle() {
        for (Problem problem : Problem.values()) {
            assertThat(problem.messageKey()).startsWith("onboarding.logo.");
        }
    }

    static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(new Color(0x1f5fbf));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(picture, format, out)).as("a writer for " + format).isTrue();
        return out.toByteArray();
    }

    static byte[] noise(int width, int height) throws IOException {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                picture.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", out);
        return out.toByteArray();
    }
}
