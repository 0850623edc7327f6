package org.sentrakreasi.storefront.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.sentrakreasi.storefront.ordering.application.IdempotencyKeyReusedException;

/** An Idempotency-Key sent again with another body: 422 {@code /problems/idempotency-key-reused}. */
@Provider
public class IdempotencyKeyReusedMapper implements ExceptionMapper<IdempotencyKeyReusedException> {

    @Override
    public Response toResponse(IdempotencyKeyReusedException exception) {
        return Problems.response(Problem.of("idempotency-key-reused", "Unprocessable request", 422,
                exception.getMessage()));
    }
}
