package org.sentrakreasi.storefront.ordering.application;

import java.util.List;

/**
 * One refused field of an order: the field as the API's JSON names it ({@code customer.email},
 * {@code lines[0].quantity}), a stable code for pages to word it in the shopper's language
 * ({@code required}, {@code email}, {@code unknown-product}, ...) and an English message for the API.
 */
public record OrderFieldError(String field, String code, String message) {

    static OrderFieldError required(String field) {
        return new OrderFieldError(field, "required", "is required");
    }

    static OrderFieldError tooLong(String field, int max) {
        return new OrderFieldError(field, "too-long", "must be at most " + max + " characters");
    }

    static OrderFieldError notAChoice(String field, List<String> choices) {
        return new OrderFieldError(field, "choice", "must be one of " + String.join(", ", choices));
    }
}
