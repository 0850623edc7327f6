/**
 * Placing, handling and reading orders, for the REST resources and the Faces pages alike:
 * {@code OrderService} (commands), {@code OrderQueries} (records), {@code IdempotentOrders} (the
 * API's Idempotency-Key).
 */
package org.sentrakreasi.storefront.ordering.application;
