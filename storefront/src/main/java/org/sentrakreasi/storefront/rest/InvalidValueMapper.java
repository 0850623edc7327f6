package org.sentrakreasi.storefront.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.sentrakreasi.vocational.domain.InvalidValueException;

/** A value the vocational rules refuse (a NIK that disagrees with the birth date): 400 naming the field. */
@Provider
public class InvalidValueMapper implements ExceptionMapper<InvalidValueException> {

    @Override
    public Response toResponse(InvalidValueException exception) {
        return Problems.response(Problem.invalid("Some fields are not valid.",
                List.of(new Problem.FieldError(exception.field(), exception.getMessage()))));
    }
}
