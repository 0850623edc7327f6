package org.sentrakreasi.storefront.ordering.application;

import java.time.Instant;
import java.util.List;

/**
 * An order as its buyer (the receipt of the placement, tracking) and its unit's staff see it.
 * Lines name the maker by id only: what a maker shows publicly is on the maker's own profile.
 * For the buyer, {@code history} does not say which staff account took a step and {@code actions}
 * is empty; for staff, {@code actions} lists the steps the order allows now, by the words of the
 * API's paths: {@code paid}, {@code shipped}, {@code ready}, {@code completed}, {@code cancel}.
 */
public record OrderDetails(String code, String status, long total, String currency, Instant placedAt, Instant paidAt,
                           CustomerView customer, DeliveryView delivery, PaymentInstructions payment,
                           List<LineView> lines, List<StatusEntry> history, String cancellationReason,
                           List<String> actions) {

    public record CustomerView(String name, String email, String phone) {
    }

    /** {@code pickupAt} names the Sentra (the unit) for a pickup; address fields only for shipping. */
    public record DeliveryView(String method, String address, String city, String postalCode, String pickupAt) {
    }

    /** One product as ordered: name and price at order time, whose it is (maker and unit ids, the unit's name). */
    public record LineView(String productId, String name, int quantity, long unitPrice, long total, String makerId,
                           String unitId, String unitName) {
    }

    /** A step of the history: status reached, when, by which staff account (staff only), why (cancellations). */
    public record StatusEntry(String status, Instant at, String by, String reason) {
    }
}
