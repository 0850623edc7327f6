package org.sentrakreasi.storefront.ordering.application;

import java.time.Instant;

/** An order in a staff list: enough to pick it, the details are one click away. */
public record OrderSummary(String code, String status, Instant placedAt, String customerName, String deliveryMethod,
                           String paymentMethod, long total, int pieces) {
}
