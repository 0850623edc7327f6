package org.sentrakreasi.storefront.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.sentrakreasi.storefront.ordering.domain.OrderStateException;

/** A step the order's status or delivery does not allow: 409 {@code /problems/order-status}, naming the status. */
@Provider
public class OrderStateMapper implements ExceptionMapper<OrderStateException> {

    @Override
    public Response toResponse(OrderStateException exception) {
        return Problems.response(Problem.of("order-status", "Conflict", 409, exception.getMessage()));
    }
}
