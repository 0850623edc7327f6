package org.sentrakreasi.storefront.ordering.application;

import java.time.Instant;

/**
 * A line of an order of one of the maker's products. Of the buyer, a maker sees the name and
 * whether the order is shipped or picked up: never the email, phone or address, which the unit's
 * staff use to hand the order over.
 */
public record MakerOrderLine(String code, String status, Instant placedAt, Instant paidAt, String productId,
                             String productName, int quantity, long unitPrice, long total, String buyerName,
                             String deliveryMethod) {
}
