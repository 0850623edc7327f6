package org.sentrakreasi.storefront.rest;

/** A request body past the limit of what the API reads into memory: 413. */
public class BodyTooLargeException extends RuntimeException {

    public BodyTooLargeException(int maxBytes) {
        super("The request body is larger than " + maxBytes / 1024 + " KiB.");
    }
}
