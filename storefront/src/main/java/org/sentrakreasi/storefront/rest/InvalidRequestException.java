package org.sentrakreasi.storefront.rest;

import java.util.List;

/** Input that could not even be read (a number that is not a number, an unknown sort): 400 with field errors. */
public class InvalidRequestException extends RuntimeException {

    private final List<Problem.FieldError> errors;

    public InvalidRequestException(List<Problem.FieldError> errors) {
        super("Invalid request: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
