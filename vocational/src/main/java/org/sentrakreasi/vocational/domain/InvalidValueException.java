package org.sentrakreasi.vocational.domain;

import java.util.Objects;

/**
 * An input value that breaks a rule of the vocational domain (a malformed NIK, a minor without a
 * guardian, a KOMPETEN result without a certificate number). The request itself is wrong, whatever
 * the state of the data: REST answers 400 naming {@link #field()}, which is spelled as in the API's
 * JSON. The message never repeats the offending value, which may be private.
 */
public class InvalidValueException extends RuntimeException {

    private final String field;

    public InvalidValueException(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
    }

    public String field() {
        return field;
    }
}
