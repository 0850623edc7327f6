/**
 * Placing, handling and reading orders, for the REST resources and the Faces pages alike:
 * {@code OrderService} (commands), {@code OrderQueries} (records), {@code IdempotentOrders} (the
 * API's Idempotency-Key).
 *
 * <p>The rules are checked explicitly ({@code PlaceOrderCheck}, {@code InvalidOrderException} with
 * every refused field and a code for the pages), not with Bean Validation annotations: Payara's
 * OpenAPI generator walks the war's own classes and fails on a constrained method parameter, and
 * a checkout needs cross-field rules and product look-ups in the same answer anyway.
 */
package org.sentrakreasi.storefront.ordering.application;
