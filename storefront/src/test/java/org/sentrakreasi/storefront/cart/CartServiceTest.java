package org.sentrakreasi.storefront.cart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sentrakreasi.catalog.application.CatalogQueries;
import org.sentrakreasi.catalog.domain.Category;
import org.sentrakreasi.catalog.domain.Maker;
import org.sentrakreasi.catalog.domain.Product;
import org.sentrakreasi.catalog.domain.Rupiah;
import org.sentrakreasi.catalog.testing.InMemoryMakers;
import org.sentrakreasi.catalog.testing.InMemoryProducts;

/** A cart read against the catalog as it is now (in-memory doubles of the catalog's repositories). */
class CartServiceTest {

    private static final Category ANYAMAN = new Category("anyaman", "Anyaman", "Weaving", 1);

    private final InMemoryProducts products = new InMemoryProducts();
    private final InMemoryMakers makers = new InMemoryMakers(products);
    private final CartService service = new CartService(new CatalogQueries(null, products, makers, null, null, null));
    private final Maker sari = makers.store(new Maker("Ibu Sari", 1L, "Kota Bekasi", null));

    @Test
    void linesShowTheCurrentNameAndPriceWithTheirTotals() {
        Product bag = published("T-1", 45_000, 5);
        Product mat = published("T-2", 120_000, 2);

        CartReview review = service.review(List.of(new CartLine(id(bag), 2), new CartLine(id(mat), 1)));

        assertThat(review.lines()).extracting(ReviewedLine::name).containsExactly("Tas T-1", "Tas T-2");
        assertThat(review.lines()).extracting(ReviewedLine::lineTotal).containsExactly(90_000L, 120_000L);
        assertThat(review.total()).isEqualTo(210_000);
        assertThat(review.itemCount()).isEqualTo(3);
        assertThat(review.orderable()).isTrue();
    }

    @Test
    void moreThanInStockOrNoLongerForSaleKeepsTheCartFromCheckout() {
        Product scarce = published("T-3", 45_000, 1);
        Product archived = published("T-4", 30_000, 9);
        archived.archive();

        CartReview review = service.review(List.of(new CartLine(id(scarce), 2), new CartLine(id(archived), 1),
                new CartLine("999", 1)));

        assertThat(review.lines()).extracting(ReviewedLine::problem).containsExactly(
                ReviewedLine.Problem.EXCEEDS_STOCK, ReviewedLine.Problem.NOT_FOR_SALE, ReviewedLine.Problem.NOT_FOR_SALE);
        assertThat(review.lines().get(0).stock()).isEqualTo(1);
        assertThat(review.orderable()).isFalse();
        assertThat(service.review(List.of()).orderable()).as("an empty cart").isFalse();
    }

    private Product published(String sku, long price, int stock) {
        Product product = new Product(sku, "Tas " + sku, ANYAMAN, sari, Rupiah.of(price), stock, Instant.EPOCH);
        product.publish(Instant.EPOCH);
        return products.store(product);
    }

    private static String id(Product product) {
        return String.valueOf(product.id());
    }
}
