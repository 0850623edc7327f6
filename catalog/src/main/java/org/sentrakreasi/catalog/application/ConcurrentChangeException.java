package org.sentrakreasi.catalog.application;

/** Someone else changed the listing since the caller read it (HTTP 409): reload and try again. */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String id, long expected, long actual) {
        super("Product " + id + " was changed by someone else (version " + actual + ", you sent " + expected + ")");
    }
}
