package org.sentrakreasi.storefront.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.sentrakreasi.storefront.ordering.application.InvalidOrderException;

/** An order (or a step of one) with refused fields: 400 naming each field as the JSON names it. */
@Provider
public class InvalidOrderMapper implements ExceptionMapper<InvalidOrderException> {

    @Override
    public Response toResponse(InvalidOrderException exception) {
        return Problems.response(Problem.invalid("Some fields are not valid.", exception.errors().stream()
                .map(e -> new Problem.FieldError(e.field(), e.message())).toList()));
    }
}
