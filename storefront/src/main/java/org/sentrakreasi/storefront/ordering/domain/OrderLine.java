package org.sentrakreasi.storefront.ordering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * One product of an order as it was at order time: its name and price then, and whose it was
 * (maker and unit), so that the sale stays attributed when the listing later changes.
 */
@Embeddable
public class OrderLine {

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "product_name", nullable = false, length = 160)
    private String productName;

    @Column(name = "unit_price", nullable = false)
    private long unitPrice;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @Column(name = "maker_id", nullable = false)
    private long makerId;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    protected OrderLine() {
    }

    public OrderLine(long productId, String productName, long unitPrice, int quantity, long makerId, long unitId) {
        if (quantity < 1) {
            throw new IllegalArgumentException("A line orders at least one piece");
        }
        if (unitPrice < 0) {
            throw new IllegalArgumentException("A price is never negative");
        }
        this.productId = productId;
        this.productName = Objects.requireNonNull(productName, "productName");
        this.unitPrice = unitPrice;
        this.quantity = quantity;
        this.makerId = makerId;
        this.unitId = unitId;
    }

    /** Rupiah for the whole line. */
    public long total() {
        return Math.multiplyExact(unitPrice, (long) quantity);
    }

    public long productId() {
        return productId;
    }

    public String productName() {
        return productName;
    }

    public long unitPrice() {
        return unitPrice;
    }

    public int quantity() {
        return quantity;
    }

    public long makerId() {
        return makerId;
    }

    public long unitId() {
        return unitId;
    }
}
