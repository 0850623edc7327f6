package org.sentrakreasi.catalog.application;

/**
 * An upload that is not a photo we accept. {@link #tooLarge()} tells size problems (413) from content
 * problems (415); {@link #problem()} tells which size, so that a page can say what to change.
 */
public class UnsupportedPhotoException extends RuntimeException {

    /** What is wrong with the upload. */
    public enum Problem {
        /** Not a JPEG, PNG or WebP image, or not a readable one. */
        NOT_A_PHOTO,
        /** More bytes than {@link PhotoProcessing#MAX_BYTES}. */
        FILE_TOO_LARGE,
        /** More pixels than {@link PhotoProcessing#MAX_PIXELS}, whatever the file's size. */
        TOO_MANY_PIXELS
    }

    private final Problem problem;

    public UnsupportedPhotoException(String message, Problem problem) {
        super(message);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public boolean tooLarge() {
        return problem != Problem.NOT_A_PHOTO;
    }
}
