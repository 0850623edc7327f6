package org.sentrakreasi.storefront.ordering.domain;

/**
 * No order with that code, or none the caller may see by it (a buyer's email that does not match):
 * HTTP 404. The message is the same in both cases, so that it tells nothing about which.
 */
public class OrderNotFoundException extends RuntimeException {

    public OrderNotFoundException(String message) {
        super(message);
    }
}
