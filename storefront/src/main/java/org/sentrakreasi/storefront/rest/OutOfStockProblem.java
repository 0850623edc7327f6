package org.sentrakreasi.storefront.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * The 409 of an order that asks for more than is left (API.md "Orders"): an RFC 9457 problem whose
 * extension member {@code outOfStock} names each short product, with what can still be ordered.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "outOfStock"})
public record OutOfStockProblem(String type, String title, int status, String detail, List<Shortage> outOfStock) {

    /** A product that is short: id, name, how many pieces are left (0 when sold out or no longer on sale). */
    public record Shortage(String productId, String name, int available) {
    }
}
