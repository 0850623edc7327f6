package org.sentrakreasi.storefront.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.sentrakreasi.catalog.application.ConcurrentChangeException;

@Provider
public class ConcurrentChangeMapper implements ExceptionMapper<ConcurrentChangeException> {

    @Override
    public Response toResponse(ConcurrentChangeException exception) {
        return Problems.response(Problem.of("conflict", "Conflict", 409, exception.getMessage()));
    }
}
