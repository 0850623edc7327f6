package org.sentrakreasi.storefront.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sentrakreasi.catalog.application.Actor;
import org.sentrakreasi.catalog.application.ListingService;
import org.sentrakreasi.storefront.ordering.application.OrderQueries;
import org.sentrakreasi.storefront.ordering.application.OrderService;
import org.sentrakreasi.storefront.ordering.application.PlaceOrder;
import org.sentrakreasi.storefront.ordering.domain.DeliveryMethod;
import org.sentrakreasi.storefront.ordering.domain.PaymentMethod;

/**
 * A few demo orders of fictional buyers (names marked "fiktif", addresses at an example domain) in
 * every status, placed and handled through the order services as a shopper and a coordinator
 * would, so that stock is reserved and given back as for real orders. Ibu Sari (the demo account
 * pengrajin.sari, and a graduate of Bekasi's completed demo cohort) has paid orders, so that her
 * income page and her cohort's outcome show sales. Seeded once: nothing is added when any order
 * exists.
 */
@ApplicationScoped
public class DemoOrders {

    private static final Actor DEMO = new Actor("demo", Actor.Role.ADMIN, null, null);
    private static final String CANCELLATION = "Pembeli membatalkan pesanan (demo)";

    /** What staff did with a demo order after it was placed, in this order. */
    enum Step {
        PAID, SHIPPED, READY, COMPLETED, CANCELLED
    }

    /** A demo order: the buyer, the city it is shipped to (null: picked up), payment, skus with quantities, steps. */
    record DemoOrder(String buyer, String city, PaymentMethod payment, Map<String, Integer> lines, List<Step> steps) {

        DeliveryMethod delivery() {
            return city == null ? DeliveryMethod.PICKUP : DeliveryMethod.SHIPPING;
        }
    }

    @Inject
    OrderService orders;

    @Inject
    OrderQueries queries;

    @Inject
    ListingService listings;

    static List<DemoOrder> orders() {
        return List.of(
                new DemoOrder("Rina Wulandari (fiktif)", "Jakarta Timur", PaymentMethod.BANK_TRANSFER,
                        lines("BKS-MKN-001", 2, "BKS-MKN-003", 3), List.of(Step.PAID)),
                new DemoOrder("Agus Prasetyo (fiktif)", null, PaymentMethod.PAY_AT_PICKUP,
                        lines("BKS-MKN-005", 4, "BKS-MNM-001", 1), List.of(Step.READY, Step.COMPLETED)),
                new DemoOrder("Dewi Kartika (fiktif)", null, PaymentMethod.PAY_AT_PICKUP,
                        lines("BKS-FSH-001", 1), List.of()),
                new DemoOrder("Fajar Nugroho (fiktif)", "Kota Bekasi", PaymentMethod.BANK_TRANSFER,
                        lines("BKS-ANY-001", 1), List.of()),
                new DemoOrder("Hendra Gunawan (fiktif)", "Kota Yogyakarta", PaymentMethod.BANK_TRANSFER,
                        lines("MGL-MNM-001", 2, "MGL-CND-004", 3), List.of(Step.PAID, Step.SHIPPED, Step.COMPLETED)),
                new DemoOrder("Sri Handayani (fiktif)", null, PaymentMethod.BANK_TRANSFER,
                        lines("MGL-BTK-001", 1), List.of(Step.CANCELLED)));
    }

    void seed() {
        if (queries.unitOrders(DEMO, null, 0, 1).total() > 0) {
            return;
        }
        for (DemoOrder demo : orders()) {
            String code = orders.place(command(demo)).code();
            for (Step step : demo.steps()) {
                switch (step) {
                    case PAID -> orders.markPaid(DEMO, code);
                    case SHIPPED -> orders.ship(DEMO, code);
                    case READY -> orders.readyForPickup(DEMO, code);
                    case COMPLETED -> orders.complete(DEMO, code);
                    case CANCELLED -> orders.cancel(DEMO, code, CANCELLATION);
                }
            }
        }
    }

    private PlaceOrder command(DemoOrder demo) {
        String email = demo.buyer().replace(" (fiktif)", "").toLowerCase(Locale.ROOT).replace(' ', '.')
                + "@contoh.id";
        PlaceOrder.DeliveryInput delivery = demo.delivery() == DeliveryMethod.PICKUP
                ? new PlaceOrder.DeliveryInput(DeliveryMethod.PICKUP, null, null, null)
                : new PlaceOrder.DeliveryInput(DeliveryMethod.SHIPPING, "Jl. Contoh No. 1 (fiktif)", demo.city(), "12345");
        List<PlaceOrder.LineInput> lines = demo.lines().entrySet().stream()
                .map(line -> new PlaceOrder.LineInput(listings.findProductId(line.getKey())
                        .orElseThrow(() -> new IllegalStateException("Demo product " + line.getKey() + " is missing")),
                        line.getValue()))
                .toList();
        return new PlaceOrder(new PlaceOrder.CustomerInput(demo.buyer(), email, "0812 0000 0000"), delivery,
                demo.payment(), lines);
    }

    private static Map<String, Integer> lines(Object... skusAndQuantities) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (int i = 0; i < skusAndQuantities.length; i += 2) {
            lines.put((String) skusAndQuantities[i], (Integer) skusAndQuantities[i + 1]);
        }
        return lines;
    }
}
