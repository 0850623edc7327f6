package org.sentrakreasi.storefront.ordering.application;

/**
 * The answer to an order placed with an Idempotency-Key: HTTP status, the JSON body exactly as
 * first sent, the order's code; {@code replayed} when it is the stored answer to an earlier request.
 */
public record KeyedResponse(int status, String body, String orderCode, boolean replayed) {
}
