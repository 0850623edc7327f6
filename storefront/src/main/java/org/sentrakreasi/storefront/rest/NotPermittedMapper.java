package org.sentrakreasi.storefront.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.sentrakreasi.catalog.application.NotPermittedException;

@Provider
public class NotPermittedMapper implements ExceptionMapper<NotPermittedException> {

    @Override
    public Response toResponse(NotPermittedException exception) {
        return Problems.response(Problem.of("forbidden", "Forbidden", 403, exception.getMessage()));
    }
}
