package org.sentrakreasi.storefront.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.sentrakreasi.storefront.ordering.domain.OrderNotFoundException;

@Provider
public class OrderNotFoundMapper implements ExceptionMapper<OrderNotFoundException> {

    @Override
    public Response toResponse(OrderNotFoundException exception) {
        return Problems.response(Problem.of("not-found", "Not found", 404, exception.getMessage()));
    }
}
