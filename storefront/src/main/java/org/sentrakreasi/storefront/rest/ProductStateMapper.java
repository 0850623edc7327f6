package org.sentrakreasi.storefront.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.sentrakreasi.catalog.domain.ProductStateException;

/** A listing step its current status does not allow: 409, the request conflicts with the state. */
@Provider
public class ProductStateMapper implements ExceptionMapper<ProductStateException> {

    @Override
    public Response toResponse(ProductStateException exception) {
        return Problems.response(Problem.of("conflict", "Conflict", 409, exception.getMessage()));
    }
}
