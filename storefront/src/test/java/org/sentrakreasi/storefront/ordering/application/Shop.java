package org.sentrakreasi.storefront.ordering.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.sentrakreasi.catalog.application.Actor;
import org.sentrakreasi.catalog.application.StockService;
import org.sentrakreasi.catalog.application.UnitDirectory;
import org.sentrakreasi.catalog.application.UnitRef;
import org.sentrakreasi.catalog.domain.Category;
import org.sentrakreasi.catalog.domain.Maker;
import org.sentrakreasi.catalog.domain.Product;
import org.sentrakreasi.catalog.domain.Rupiah;
import org.sentrakreasi.catalog.testing.FixedUnits;
import org.sentrakreasi.catalog.testing.InMemoryMakers;
import org.sentrakreasi.catalog.testing.InMemoryProducts;
import org.sentrakreasi.catalog.testing.InMemorySearchOutbox;
import org.sentrakreasi.storefront.ordering.domain.DeliveryMethod;
import org.sentrakreasi.storefront.ordering.domain.PaymentMethod;
import org.sentrakreasi.storefront.ordering.testing.InMemoryOrders;

/**
 * The ordering services over in-memory catalog and order repositories, with two units (1 Bekasi,
 * 2 Magelang), a clock that a test moves, and the actors of both units.
 */
final class Shop {

    static final long BEKASI = 1;
    static final long MAGELANG = 2;
    static final BankTransferAccount ACCOUNT = new BankTransferAccount("Bank Demo", "000-111", "Sentra Kreasi (DEMO)");

    final InMemoryProducts products = new InMemoryProducts();
    final InMemoryMakers makers = new InMemoryMakers(products);
    final InMemorySearchOutbox outbox = new InMemorySearchOutbox();
    final InMemoryOrders orders = new InMemoryOrders();
    final MovableClock clock = new MovableClock(Instant.parse("2026-11-02T03:00:00Z"));
    final UnitDirectory units = new FixedUnits(new UnitRef("1", "BEKASI", "Balai Pangudi Luhur Bekasi"),
            new UnitRef("2", "MAGELANG", "SKA Antasena Magelang"));
    final StockService stock = new StockService(products, outbox);
    final OrderService service = new OrderService(orders, stock, units, ACCOUNT, clock, new Random(7));
    final OrderQueries queries = new OrderQueries(orders, units, ACCOUNT, clock);

    final Actor admin = new Actor("admin", Actor.Role.ADMIN, null, null);
    final Actor bekasi = new Actor("koordinator.bekasi", Actor.Role.COORDINATOR, BEKASI, null);
    final Actor magelang = new Actor("koordinator.magelang", Actor.Role.COORDINATOR, MAGELANG, null);

    private final Category category = new Category("anyaman", "Anyaman", "Woven crafts", 1);

    Maker maker(String name, long unitId) {
        return makers.store(new Maker(name, unitId, "Kota Bekasi", null));
    }

    Actor makerAccount(Maker maker) {
        return new Actor("pengrajin." + maker.id(), Actor.Role.MAKER, maker.unitId(), maker.id());
    }

    Product published(Maker maker, String name, long price, int stock) {
        Product product = new Product("SKU-" + (products.count() + 1), name, category, maker, Rupiah.of(price), stock,
                clock.instant());
        product.publish(clock.instant());
        return products.store(product);
    }

    static PlaceOrder.LineInput line(Product product, int quantity) {
        return new PlaceOrder.LineInput(product.id(), quantity);
    }

    static PlaceOrder shipping(PlaceOrder.LineInput... lines) {
        return new PlaceOrder(buyer(), new PlaceOrder.DeliveryInput(DeliveryMethod.SHIPPING, "Jl. Melati 5 RT 02/RW 03",
                "Kota Bekasi", "17112"), PaymentMethod.BANK_TRANSFER, List.of(lines));
    }

    static PlaceOrder payingAtPickup(PlaceOrder.LineInput... lines) {
        return new PlaceOrder(buyer(), new PlaceOrder.DeliveryInput(DeliveryMethod.PICKUP, null, null, null),
                PaymentMethod.PAY_AT_PICKUP, List.of(lines));
    }

    static PlaceOrder.CustomerInput buyer() {
        return new PlaceOrder.CustomerInput("Budi Santoso (fiktif)", "budi@contoh.id", "0812-3456-7890");
    }

    /** A clock a test can move on. */
    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void moveTo(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
