package org.sentrakreasi.storefront.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.sentrakreasi.catalog.application.InvalidListingException;

/** A field that names something that does not exist (an unknown category): 400 naming the field. */
@Provider
public class InvalidListingMapper implements ExceptionMapper<InvalidListingException> {

    @Override
    public Response toResponse(InvalidListingException exception) {
        return Problems.response(Problem.invalid("Some fields are not valid.",
                List.of(new Problem.FieldError(exception.field(), exception.getMessage()))));
    }
}
