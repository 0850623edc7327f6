package org.sentrakreasi.storefront.ordering.application;

import java.util.List;

/** An order (or a step of one) with fields that break the rules: HTTP 400 naming every one of them. */
public class InvalidOrderException extends RuntimeException {

    private final List<OrderFieldError> errors;

    public InvalidOrderException(List<OrderFieldError> errors) {
        super("Invalid order: " + errors.stream().map(e -> e.field() + " " + e.message()).toList());
        this.errors = List.copyOf(errors);
    }

    static InvalidOrderException of(OrderFieldError error) {
        return new InvalidOrderException(List.of(error));
    }

    public List<OrderFieldError> errors() {
        return errors;
    }
}
