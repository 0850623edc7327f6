package org.sentrakreasi.catalog.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sentrakreasi.catalog.domain.Category;
import org.sentrakreasi.catalog.domain.Maker;
import org.sentrakreasi.catalog.domain.Product;
import org.sentrakreasi.catalog.domain.Rupiah;
import org.sentrakreasi.catalog.testing.InMemoryMakers;
import org.sentrakreasi.catalog.testing.InMemoryProducts;
import org.sentrakreasi.catalog.testing.InMemorySearchOutbox;

/**
 * What an order needs of the catalog, on in-memory repositories. That a refused reservation takes
 * nothing (the rollback) and that concurrent orders never oversell are properties of the database
 * transaction, proven by the black-box orders IT on H2 and PostgreSQL.
 */
class StockServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-02T03:00:00Z");
    private static final Category MAKANAN = new Category("makanan", "Makanan", "Food", 1);

    private final InMemoryProducts products = new InMemoryProducts();
    private final InMemoryMakers makers = new InMemoryMakers(products);
    private final InMemorySearchOutbox outbox = new InMemorySearchOutbox();
    private final StockService stock = new StockService(products, outbox);
    private final Maker sari = makers.store(new Maker("Ibu Sari", 1L, "Kota Bekasi", null));

    @Test
    void onlyPublishedProductsAreOrderableWithTheirNamePriceMakerAndUnit() {
        Product nastar = published("Kue Nastar", 95_000, 5);
        Product draft = products.store(new Product("SKU-D", "Draft", MAKANAN, sari, Rupiah.of(1_000), 5, NOW));

        assertThat(stock.orderable(List.of(nastar.id(), draft.id(), 999L)))
                .containsOnlyKeys(nastar.id())
                .containsValue(new OrderableProduct(nastar.id(), "Kue Nastar", 95_000, sari.id(), 1, 5));
    }

    @Test
    void reservingTakesTheQuantitiesAndTellsSearchWhatSoldOut() {
        Product nastar = published("Kue Nastar", 95_000, 5);
        Product keripik = published("Keripik", 18_000, 60);

        stock.reserve(Map.of(nastar.id(), 5, keripik.id(), 2));

        assertThat(nastar.stock()).isZero();
        assertThat(keripik.stock()).isEqualTo(58);
        assertThat(outbox.pendingProductIds()).as("only the sold-out one changes in search").containsExactly(nastar.id());
    }

    @Test
    void aShortProductIsNamedWithWhatIsLeft() {
        Product nastar = published("Kue Nastar", 95_000, 1);
        Product keripik = published("Keripik", 18_000, 60);
        Product archived = published("Putri Salju", 85_000, 9);
        archived.archive();

        assertThatThrownBy(() -> stock.reserve(Map.of(keripik.id(), 1, nastar.id(), 2, archived.id(), 1)))
                .isInstanceOfSatisfying(OutOfStockException.class, e -> assertThat(e.shortages()).containsExactly(
                        new OutOfStockException.Shortage(String.valueOf(nastar.id()), "Kue Nastar", 1),
                        new OutOfStockException.Shortage(String.valueOf(archived.id()), "Putri Salju", 0)))
                .hasMessageContaining("Kue Nastar");
    }

    @Test
    void whatTheStockReadCannotCoverIsRefusedBeforeAnythingIsTaken() {
        Product nastar = published("Kue Nastar", 95_000, 1);
        Product keripik = published("Keripik", 18_000, 60);
        Map<Long, OrderableProduct> onSale = stock.orderable(List.of(nastar.id(), keripik.id()));

        assertThatThrownBy(() -> StockService.requireAvailable(onSale, Map.of(keripik.id(), 60, nastar.id(), 2)))
                .isInstanceOfSatisfying(OutOfStockException.class, e -> assertThat(e.shortages()).containsExactly(
                        new OutOfStockException.Shortage(String.valueOf(nastar.id()), "Kue Nastar", 1)));
        StockService.requireAvailable(onSale, Map.of(keripik.id(), 60, nastar.id(), 1));

        assertThat(nastar.stock()).isEqualTo(1);
        assertThat(outbox.pendingProductIds()).isEmpty();
    }

    @Test
    void releasingGivesBackAndASoldOutProductIsInStockAgainInSearch() {
        Product nastar = published("Kue Nastar", 95_000, 0);
        Product keripik = published("Keripik", 18_000, 10);

        stock.release(Map.of(nastar.id(), 2, keripik.id(), 1));

        assertThat(nastar.stock()).isEqualTo(2);
        assertThat(keripik.stock()).isEqualTo(11);
        assertThat(outbox.pendingProductIds()).containsExactly(nastar.id());
    }

    private Product published(String name, long price, int stockLeft) {
        Product product = new Product("SKU-" + (products.count() + 1), name, MAKANAN, sari, Rupiah.of(price), stockLeft,
                NOW);
        product.publish(NOW);
        return products.store(product);
    }
}
