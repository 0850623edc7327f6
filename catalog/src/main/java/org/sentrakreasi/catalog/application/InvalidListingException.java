package org.sentrakreasi.catalog.application;

/** A listing field that is well-formed but refers to something that does not exist (an unknown category code). */
public class InvalidListingException extends RuntimeException {

    private final String field;

    public InvalidListingException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
