package org.sentrakreasi.catalog.application;

import java.io.InputStream;

/** Port: turns an uploaded image into the sizes the shop shows, without the uploader's metadata. */
public interface PhotoProcessing {

    /** Largest upload accepted, in bytes (10 MB). */
    long MAX_BYTES = 10L * 1024 * 1024;

    /** Largest picture accepted, in pixels (50 megapixels; deep-colour pictures must be smaller still). */
    long MAX_PIXELS = 50_000_000L;

    /**
     * @throws UnsupportedPhotoException when the content is not a JPEG, PNG or WebP image, is larger
     *                                   than {@link #MAX_BYTES}, or its pixel size is unreasonable
     */
    ProcessedPhoto process(InputStream upload);

    /** JPEG bytes of the display size and of the thumbnail. */
    record ProcessedPhoto(byte[] display, byte[] thumbnail) {
    }
}
