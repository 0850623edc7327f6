package org.sentrakreasi.storefront.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.sentrakreasi.catalog.application.OutOfStockException;

/** Not enough left for an order: 409 {@code /problems/out-of-stock} naming the products; nothing was reserved. */
@Provider
public class OutOfStockMapper implements ExceptionMapper<OutOfStockException> {

    static final String TYPE = "/problems/out-of-stock";

    @Override
    public Response toResponse(OutOfStockException exception) {
        OutOfStockProblem problem = new OutOfStockProblem(TYPE, "Out of stock", 409,
                exception.getMessage() + ". Nothing was reserved; order fewer or leave these products out.",
                exception.shortages().stream()
                        .map(s -> new OutOfStockProblem.Shortage(s.productId(), s.name(), s.available()))
                        .toList());
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
