package org.sentrakreasi.storefront.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.sentrakreasi.catalog.domain.MakerNotFoundException;

@Provider
public class MakerNotFoundMapper implements ExceptionMapper<MakerNotFoundException> {

    @Override
    public Response toResponse(MakerNotFoundException exception) {
        return Problems.response(Problem.of("not-found", "Not found", 404, exception.getMessage()));
    }
}
