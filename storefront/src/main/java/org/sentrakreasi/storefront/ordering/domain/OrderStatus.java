package org.sentrakreasi.storefront.ordering.domain;

/**
 * Where an order is: PLACED → PAID → SHIPPED or READY_FOR_PICKUP → COMPLETED, or CANCELLED
 * before it leaves the Sentra. An order paid at pickup goes PLACED → READY_FOR_PICKUP → COMPLETED.
 */
public enum OrderStatus {
    PLACED, PAID, SHIPPED, READY_FOR_PICKUP, COMPLETED, CANCELLED
}
