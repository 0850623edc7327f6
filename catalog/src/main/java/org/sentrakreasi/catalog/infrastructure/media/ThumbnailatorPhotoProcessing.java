package org.sentrakreasi.catalog.infrastructure.media;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.SampleModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Semaphore;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;
import org.sentrakreasi.catalog.application.PhotoProcessing;
import org.sentrakreasi.catalog.application.UnsupportedPhotoException;
import org.sentrakreasi.catalog.application.UnsupportedPhotoException.Problem;

/**
 * Checks an upload by its content (not its name), then writes new JPEG files at display and
 * thumbnail size. Re-encoding keeps only pixels: EXIF (GPS position, camera, owner) never reaches
 * the shop. Phone photos are turned upright by their EXIF orientation first.
 */
@ApplicationScoped
public class ThumbnailatorPhotoProcessing implements PhotoProcessing {

    static final int DISPLAY_SIZE = 1200;
    static final int THUMBNAIL_SIZE = 400;
    private static final Set<String> FORMATS = Set.of("jpeg", "png", "webp");
    /**
     * The decoded picture's memory, by its own colour depth: a small PNG of 7000 × 7000 pixels at
     * 16 bits per channel with alpha decodes to 390 MB. An 8-bit photo of 50 megapixels fits.
     */
    private static final long MAX_DECODED_BYTES = 160L * 1024 * 1024;
    private static final double QUALITY = 0.85;
    /**
     * How the JDK's JPEG reader says a file ends before its picture does: "Truncated File - Missing
     * EOI marker" and "Corrupt JPEG data: premature end of data segment" (in lower case for the match).
     */
    private static final List<String> CUT_SHORT_WARNINGS = List.of("missing eoi marker", "premature end");
    /** Decoding is memory- and CPU-bound: more at once would not finish sooner on two cores. */
    private static final Semaphore DECODING = new Semaphore(2, true);

    public ThumbnailatorPhotoProcessing() {
        // Picks up the WebP reader from the application's class path inside the server.
        ImageIO.scanForPlugins();
    }

    @Override
    public ProcessedPhoto process(InputStream upload) {
        byte[] bytes = readLimited(upload);
        requireSupportedImage(bytes);
        DECODING.acquireUninterruptibly();
        try {
            int longestSide = longestSideOfWhole(bytes);
            // Decoded whole once more (after the sampled check); the thumbnail is made from the display picture.
            BufferedImage display = atMost(Thumbnails.of(new ByteArrayInputStream(bytes)), longestSide, DISPLAY_SIZE)
                    .addFilter(ThumbnailatorPhotoProcessing::onWhite)
                    .asBufferedImage();
            return new ProcessedPhoto(jpeg(Thumbnails.of(display).scale(1)), jpeg(atMost(Thumbnails.of(display),
                    Math.max(display.getWidth(), display.getHeight()), THUMBNAIL_SIZE)));
        } catch (IOException | RuntimeException e) {
            // ImageIO's own words ("Error reading PNG metadata") mean nothing to a maker.
            throw new UnsupportedPhotoException("The image could not be read; the file may be damaged.", Problem.NOT_A_PHOTO);
        } finally {
            DECODING.release();
        }
    }

    /**
     * A photo cut short (an upload broken off, a file copied half) decodes without an error: the
     * decoder only warns ("Premature end of JPEG file") and fills the missing rows with grey, which
     * shoppers would then see. Decoded once at an eighth of its size, which still reads every part
     * of the file, so that the decoder's warning about the missing end refuses it. Gives the
     * picture's longest side.
     */
    private static int longestSideOfWhole(byte[] bytes) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = ImageIO.getImageReaders(input).next();
            try {
                reader.setInput(input, true, true);
                List<String> cutShort = new ArrayList<>();
                // Only this warning: others ("extraneous bytes before marker", a bad colour profile) are
                // about photos every browser shows.
                reader.addIIOReadWarningListener((source, warning) -> {
                    String words = warning.toLowerCase(Locale.ROOT);
                    if (CUT_SHORT_WARNINGS.stream().anyMatch(words::contains)) {
                        cutShort.add(warning);
                    }
                });
                ImageReadParam sampled = reader.getDefaultReadParam();
                sampled.setSourceSubsampling(8, 8, 0, 0);
                reader.read(0, sampled);
                if (!cutShort.isEmpty()) {
                    throw new IOException("The decoder warned: " + cutShort);
                }
                return Math.max(reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        }
    }

    /** Smaller to fit the box, never larger: an enlarged photo only looks blurred and weighs more. */
    private static <T> Thumbnails.Builder<T> atMost(Thumbnails.Builder<T> picture, int longestSide, int box) {
        return longestSide > box ? picture.size(box, box) : picture.scale(1);
    }

    private static byte[] jpeg(Thumbnails.Builder<BufferedImage> picture) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        picture.outputFormat("jpg").outputQuality(QUALITY).toOutputStream(out);
        return out.toByteArray();
    }

    /** JPEG has no transparency: transparent parts of a PNG become white, not black. */
    private static BufferedImage onWhite(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    private static void requireSupportedImage(byte[] bytes) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new UnsupportedPhotoException("The file is not a JPEG, PNG or WebP image.", Problem.NOT_A_PHOTO);
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!FORMATS.contains(format)) {
                    throw new UnsupportedPhotoException("Only JPEG, PNG and WebP photos are accepted, not " + format + ".", Problem.NOT_A_PHOTO);
                }
                reader.setInput(input);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (reader.getWidth(0) < 1 || reader.getHeight(0) < 1) {
                    throw new UnsupportedPhotoException("The photo's size in pixels is not supported.", Problem.NOT_A_PHOTO);
                }
                if (pixels > MAX_PIXELS || pixels * bytesPerPixel(reader) > MAX_DECODED_BYTES) {
                    throw new UnsupportedPhotoException("The photo's size in pixels is not supported.", Problem.TOO_MANY_PIXELS);
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new UnsupportedPhotoException("The file is not a readable image.", Problem.NOT_A_PHOTO);
        }
    }

    /** What one decoded pixel takes: 3 for 8-bit RGB, 8 for 16-bit RGBA; 4 when the reader cannot tell. */
    private static long bytesPerPixel(ImageReader reader) throws IOException {
        ImageTypeSpecifier type = reader.getRawImageType(0);
        if (type == null) {
            return 4;
        }
        SampleModel samples = type.getSampleModel();
        long bits = 0;
        for (int band = 0; band < samples.getNumBands(); band++) {
            bits += Math.max(8, DataBuffer.getDataTypeSize(samples.getDataType()));
        }
        return Math.max(1, (bits + 7) / 8);
    }

    private static byte[] readLimited(InputStream upload) {
        try {
            byte[] bytes = upload.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new UnsupportedPhotoException("A photo may be at most 10 MB.", Problem.FILE_TOO_LARGE);
            }
            if (bytes.length == 0) {
                throw new UnsupportedPhotoException("The upload is empty.", Problem.NOT_A_PHOTO);
            }
            return bytes;
        } catch (IOException e) {
            throw new UnsupportedPhotoException("The upload was interrupted.", Problem.NOT_A_PHOTO);
        }
    }
}
