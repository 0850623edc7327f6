package org.sentrakreasi.storefront.ordering.domain;

/**
 * A step the order's status or delivery does not allow (marking a cancelled order paid, shipping
 * an order that is picked up): HTTP 409. The message names the order's current status.
 */
public class OrderStateException extends RuntimeException {

    private final OrderStatus currentStatus;

    public OrderStateException(String code, OrderStatus currentStatus, String refusal) {
        super("Order " + code + " is " + currentStatus + ": " + refusal);
        this.currentStatus = currentStatus;
    }

    public OrderStatus currentStatus() {
        return currentStatus;
    }
}
