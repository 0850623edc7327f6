package org.sentrakreasi.vocational.domain;

/**
 * The database refused a second record with a NIK that is registered already: two registrations of
 * the same person raced past the look-up that normally catches this. Carries no NIK and no record.
 */
public class DuplicateNikException extends RuntimeException {

    public DuplicateNikException(Throwable cause) {
        super("NIK already registered", cause);
    }
}
