package org.sentrakreasi.catalog.infrastructure.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.sentrakreasi.catalog.application.PhotoProcessing.ProcessedPhoto;
import org.sentrakreasi.catalog.application.UnsupportedPhotoException;

class ThumbnailatorPhotoProcessingTest {

    private final ThumbnailatorPhotoProcessing processing = new ThumbnailatorPhotoProcessing();

    private static byte[] image(String format, int width, int height, int type) throws IOException {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(122, 46, 14));
        g.fillRect(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static BufferedImage decoded(byte[] jpeg) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(jpeg));
    }

    /** A JPEG carrying an EXIF segment with a recognisable (fake) GPS text inside. */
    private static byte[] jpegWithExif(String secret) throws IOException {
        byte[] jpeg = image("jpg", 800, 600, BufferedImage.TYPE_INT_RGB);
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 0};
        byte[] text = secret.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        payload.write("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        payload.write(tiff);
        payload.write(text);
        int length = payload.size() + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
        out.write(payload.toByteArray());
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    @Test
    void largePhotosAreResizedToDisplayAndThumbnailJpegs() throws IOException {
        ProcessedPhoto photo = processing.process(new ByteArrayInputStream(
                image("png", 3000, 2000, BufferedImage.TYPE_INT_ARGB)));
        BufferedImage display = ImageIO.read(new ByteArrayInputStream(photo.display()));
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(photo.thumbnail()));
        assertThat(display.getWidth()).isEqualTo(1200);
        assertThat(display.getHeight()).isEqualTo(800);
        assertThat(thumbnail.getWidth()).isEqualTo(400);
        assertThat(photo.display()[0]).isEqualTo((byte) 0xFF);
        assertThat(photo.display()[1]).as("JPEG").isEqualTo((byte) 0xD8);
        // The transparent corner of the PNG became white, not black.
        assertThat(new Color(display.getRGB(2, 2)).getRed()).isGreaterThan(240);
    }

    @Test
    void metadataSuchAsGpsNeverSurvives() throws IOException {
        byte[] upload = jpegWithExif("GPS-6.2349S-106.9896E");
        assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains("GPS-6.2349S");
        ProcessedPhoto photo = processing.process(new ByteArrayInputStream(upload));
        assertThat(new String(photo.display(), StandardCharsets.ISO_8859_1)).doesNotContain("GPS-6.2349S").doesNotContain("Exif");
        assertThat(new String(photo.thumbnail(), StandardCharsets.ISO_8859_1)).doesNotContain("GPS-6.2349S");
    }

    @Test
    void contentDecidesNotTheName() throws IOException {
        assertThatThrownBy(() -> processing.process(new ByteArrayInputStream("bukan gambar".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(UnsupportedPhotoException.class)
                .satisfies(e -> assertThat(((UnsupportedPhotoException) e).tooLarge()).isFalse());
        byte[] gif = image("gif", 50, 50, BufferedImage.TYPE_INT_RGB);
        assertThatThrownBy(() -> processing.process(new ByteArrayInputStream(gif)))
                .isInstanceOf(UnsupportedPhotoException.class).hasMessageContaining("gif");
    }

    /** The start of a PNG whose header claims the size and depth; the pixel data is never reached. */
    private static byte[] pngHeader(int width, int height, int bitDepth, int colourType) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(width).putInt(height).put((byte) bitDepth).put((byte) colourType).put((byte) 0).put((byte) 0).put((byte) 0);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(ihdr.array());
        out.write(new byte[] {0, 0, 0, 13});
        out.write(ihdr.array());
        out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return out.toByteArray();
    }

    @Test
    void aSmallFileThatWouldDecodeToHundredsOfMegabytesIsRefused() throws IOException {
        // 7000 × 7000 at 16 bits per channel with alpha: 390 MB once decoded, from a file of a few hundred KB.
        assertThatThrownBy(() -> processing.process(new ByteArrayInputStream(pngHeader(7000, 7000, 16, 6))))
                .isInstanceOf(UnsupportedPhotoException.class).hasMessageContaining("pixels")
                .satisfies(e -> assertThat(((UnsupportedPhotoException) e).tooLarge()).isTrue())
                .satisfies(e -> assertThat(((UnsupportedPhotoException) e).problem())
                        .isEqualTo(UnsupportedPhotoException.Problem.TOO_MANY_PIXELS));
        // A small file naming 30000 × 30000 pixels: its dimensions are the problem, not its size.
        assertThatThrownBy(() -> processing.process(new ByteArrayInputStream(pngHeader(30_000, 30_000, 8, 2))))
                .satisfies(e -> assertThat(((UnsupportedPhotoException) e).problem())
                        .isEqualTo(UnsupportedPhotoException.Problem.TOO_MANY_PIXELS));
        // The same size at 8 bits per channel without alpha (150 MB) is not too large; this file
        // fails only because it has no pixel data.
        assertThatThrownBy(() -> processing.process(new ByteArrayInputStream(pngHeader(7000, 7000, 8, 2))))
                .isInstanceOf(UnsupportedPhotoException.class)
                .satisfies(e -> assertThat(((UnsupportedPhotoException) e).tooLarge()).isFalse());
    }

    @Test
    void aDamagedPhotoGetsAPlainMessageNotTheDecodersWords() throws IOException {
        byte[] png = image("png", 600, 400, BufferedImage.TYPE_INT_RGB);
        byte[] damaged = png.clone();
        java.util.Arrays.fill(damaged, png.length / 2, png.length / 2 + 64, (byte) 0x5A);
        assertThatThrownBy(() -> processing.process(new ByteArrayInputStream(damaged)))
                .isInstanceOf(UnsupportedPhotoException.class).hasMessage("The image could not be read; the file may be damaged.");
    }

    @Test
    void smallPhotosAreNotEnlarged() throws IOException {
        ProcessedPhoto photo = processing.process(new ByteArrayInputStream(
                image("jpg", 600, 300, BufferedImage.TYPE_INT_RGB)));
        assertThat(decoded(photo.display()).getWidth()).isEqualTo(600);
        assertThat(decoded(photo.display()).getHeight()).isEqualTo(300);
        assertThat(decoded(photo.thumbnail()).getWidth()).isEqualTo(400);

        ProcessedPhoto tiny = processing.process(new ByteArrayInputStream(image("png", 200, 100, BufferedImage.TYPE_INT_RGB)));
        assertThat(decoded(tiny.thumbnail()).getWidth()).isEqualTo(200);
    }

    @Test
    void aPhotoCutShortIsRefusedNotFilledWithGrey() throws IOException {
        byte[] jpeg = image("jpg", 1200, 900, BufferedImage.TYPE_INT_RGB);
        byte[] cut = java.util.Arrays.copyOf(jpeg, jpeg.length * 4 / 10);
        assertThatThrownBy(() -> processing.process(new ByteArrayInputStream(cut)))
                .isInstanceOf(UnsupportedPhotoException.class).hasMessage("The image could not be read; the file may be damaged.");
        assertThat(processing.process(new ByteArrayInputStream(jpeg)).display()).isNotEmpty();
    }

    @Test
    void uploadsOverTenMegabytesAreRefused() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        assertThatThrownBy(() -> processing.process(new ByteArrayInputStream(big)))
                .isInstanceOf(UnsupportedPhotoException.class)
                .satisfies(e -> assertThat(((UnsupportedPhotoException) e).tooLarge()).isTrue())
                .satisfies(e -> assertThat(((UnsupportedPhotoException) e).problem())
                        .isEqualTo(UnsupportedPhotoException.Problem.FILE_TOO_LARGE));
    }
}
