package org.sentrakreasi.storefront.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class BodyTooLargeMapper implements ExceptionMapper<BodyTooLargeException> {

    @Override
    public Response toResponse(BodyTooLargeException exception) {
        return Problems.response(Problem.of("payload-too-large", "Payload too large", 413, exception.getMessage()));
    }
}
