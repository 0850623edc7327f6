package org.sentrakreasi.storefront.importing;

/** An upload past the size limit (HTTP 413). */
public class UploadTooLargeException extends RuntimeException {

    public UploadTooLargeException() {
        super("The file is larger than " + ImportFiles.MAX_UPLOAD_BYTES / (1024 * 1024) + " MB.");
    }
}
