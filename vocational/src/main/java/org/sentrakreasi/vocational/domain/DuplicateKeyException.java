package org.sentrakreasi.vocational.domain;

/**
 * The database refused a second record with a value that must be unique (a unit code, a programme
 * name): two requests raced past the look-up that normally catches this. Carries no value.
 */
public class DuplicateKeyException extends RuntimeException {

    public DuplicateKeyException(Throwable cause) {
        super("A record with that unique value exists already", cause);
    }
}
