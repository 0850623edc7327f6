package org.sentrakreasi.storefront.ordering.application;

/** An Idempotency-Key sent again with another request body (HTTP 422): a client error, never a second order. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("This Idempotency-Key was used with another request body; use a new key for a new order");
    }
}
