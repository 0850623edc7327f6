package org.sentrakreasi.storefront.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.sentrakreasi.vocational.application.PublicSideUnavailableException;

/** No public side to publish a maker profile on in this deployment: 503. */
@Provider
public class PublicSideUnavailableMapper implements ExceptionMapper<PublicSideUnavailableException> {

    @Override
    public Response toResponse(PublicSideUnavailableException exception) {
        return Problems.response(Problem.of("unavailable", "Service unavailable", 503, exception.getMessage()));
    }
}
