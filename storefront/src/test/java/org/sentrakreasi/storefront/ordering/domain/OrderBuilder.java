package org.sentrakreasi.storefront.ordering.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Test data: {@code anOrder().forPickup().payingAtPickup().with(aLine()).build()}. */
public final class OrderBuilder {

    public static final Instant PLACED_AT = Instant.parse("2026-11-02T03:00:00Z");
    private static int serial;

    private String code = "SK-" + String.format("%08d", ++serial).replace('0', 'A').replace('1', 'B');
    private Delivery delivery = Delivery.shipping("Jl. Melati 5", "Kota Bekasi", "17112");
    private PaymentMethod payment = PaymentMethod.BANK_TRANSFER;
    private final List<OrderLine> lines = new ArrayList<>();
    private Instant placedAt = PLACED_AT;

    private OrderBuilder() {
    }

    public static OrderBuilder anOrder() {
        return new OrderBuilder();
    }

    /** 2 × Rp45.000 of product 7, maker 3, unit 1. */
    public static OrderLine aLine() {
        return aLine(7, 3, 1);
    }

    public static OrderLine aLine(long productId, long makerId, long unitId) {
        return new OrderLine(productId, "Tas Anyaman Pandan", 45_000, 2, makerId, unitId);
    }

    public OrderBuilder code(String newCode) {
        this.code = newCode;
        return this;
    }

    public OrderBuilder forPickup() {
        this.delivery = Delivery.pickup();
        return this;
    }

    public OrderBuilder payingAtPickup() {
        this.delivery = Delivery.pickup();
        this.payment = PaymentMethod.PAY_AT_PICKUP;
        return this;
    }

    public OrderBuilder with(OrderLine line) {
        lines.add(line);
        return this;
    }

    public OrderBuilder placedAt(Instant instant) {
        this.placedAt = instant;
        return this;
    }

    public Order build() {
        return Order.place(code, new Customer("Budi Santoso (fiktif)", "Budi@Contoh.id", "0812 3456 7890"), delivery,
                payment, lines.isEmpty() ? List.of(aLine()) : lines, placedAt);
    }
}
