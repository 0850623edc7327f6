package org.sentrakreasi.catalog.application;

/** An upload that is not a photo we accept; {@code tooLarge} tells size problems (413) from content problems (415). */
public class UnsupportedPhotoException extends RuntimeException {

    private final boolean tooLarge;

    public UnsupportedPhotoException(String message, boolean tooLarge) {
        super(message);
        this.tooLarge = tooLarge;
    }

    public boolean tooLarge() {
        return tooLarge;
    }
}
