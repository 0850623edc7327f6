package org.sentrakreasi.storefront.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sentrakreasi.catalog.application.Actor;
import org.sentrakreasi.catalog.application.CatalogQueries;
import org.sentrakreasi.catalog.application.FacetValue;
import org.sentrakreasi.catalog.application.MakerProfileService;
import org.sentrakreasi.catalog.application.ProductPage;
import org.sentrakreasi.catalog.application.ProductQuery;
import org.sentrakreasi.catalog.application.ProductSummary;
import org.sentrakreasi.catalog.application.SearchDocuments;
import org.sentrakreasi.catalog.application.SearchIndexer;
import org.sentrakreasi.catalog.application.StockService;
import org.sentrakreasi.catalog.application.UnitDirectory;
import org.sentrakreasi.catalog.application.UnitRef;
import org.sentrakreasi.catalog.domain.Category;
import org.sentrakreasi.catalog.domain.Product;
import org.sentrakreasi.catalog.domain.Rupiah;
import org.sentrakreasi.catalog.infrastructure.search.lucene.LuceneCatalogIndex;
import org.sentrakreasi.catalog.testing.InMemoryMakers;
import org.sentrakreasi.catalog.testing.InMemoryPhotoStorage;
import org.sentrakreasi.catalog.testing.InMemoryProducts;
import org.sentrakreasi.catalog.testing.InMemorySearchOutbox;
import org.sentrakreasi.storefront.ordering.application.BankTransferAccount;
import org.sentrakreasi.storefront.ordering.application.OrderQueries;
import org.sentrakreasi.storefront.ordering.application.OrderService;
import org.sentrakreasi.storefront.ordering.application.PlaceOrder;
import org.sentrakreasi.storefront.ordering.domain.DeliveryMethod;
import org.sentrakreasi.storefront.ordering.domain.PaymentMethod;
import org.sentrakreasi.storefront.ordering.testing.InMemoryOrders;
import org.sentrakreasi.vocational.application.GraduateActivity;
import org.sentrakreasi.vocational.application.PublicFields;
import org.sentrakreasi.vocational.application.PublicMakerProfiles;
import org.sentrakreasi.vocational.domain.ConsentField;

/**
 * The vocational ports as the vocational side will call them, through the catalog service and the
 * outbox into the real embedded search index (Lucene in a temporary folder): a withdrawn field is
 * gone from product JSON and from search with the call, and stays gone after the outbox drains. The
 * repositories are in-memory doubles (the JPA adapters are tested in the container).
 */
class CatalogMakerProfilesTest {

    private static final long UNIT = 1;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T03:00:00Z"), ZoneOffset.UTC);
    private static final Actor COORDINATOR = new Actor("koordinator.bekasi", Actor.Role.COORDINATOR, UNIT, null);
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final String NEUTRAL_NAME = "Pengrajin Balai Pangudi Luhur Bekasi";
    private static final PublicFields EVERYTHING =
            new PublicFields("Ibu Sari", "Belajar menjahit di Balai sejak 2021.", "Kota Bekasi", true);

    @TempDir
    Path indexFolder;

    private final InMemoryProducts products = new InMemoryProducts();
    private final InMemoryMakers makers = new InMemoryMakers(products);
    private final InMemorySearchOutbox outbox = new InMemorySearchOutbox();
    private final UnitDirectory units = new UnitDirectory() {
        @Override
        public Optional<UnitRef> find(long unitId) {
            return Optional.of(new UnitRef(String.valueOf(unitId), "BEKASI", "Balai Pangudi Luhur Bekasi"));
        }

        @Override
        public Optional<UnitRef> findByCode(String code) {
            return Optional.empty();
        }
    };
    private final MakerProfileService service =
            new MakerProfileService(makers, products, units, outbox, new InMemoryPhotoStorage());
    private PublicMakerProfiles profiles;
    private final InMemoryOrders orderBook = new InMemoryOrders();
    private final OrderService orders = new OrderService(orderBook, new StockService(products, outbox), units,
            new BankTransferAccount("Bank Demo", "000", "Sentra Kreasi (DEMO)"), CLOCK);
    private final GraduateActivity activity =
            new CatalogGraduateActivity(service, new OrderQueries(orderBook, units, null, CLOCK));

    private LuceneCatalogIndex index;
    private SearchIndexer indexer;
    private CatalogQueries catalog;

    @BeforeEach
    void openIndex() {
        index = new LuceneCatalogIndex(indexFolder);
        indexer = new SearchIndexer(outbox, new SearchDocuments(products), index, Clock.systemUTC());
        profiles = new CatalogMakerProfiles(service, indexer);
        catalog = new CatalogQueries(index, products, makers, units, null, null);
    }

    @AfterEach
    void closeIndex() {
        index.close();
    }

    @Test
    void aWithdrawnNameLeavesProductJsonAndSearchAtOnce() {
        long makerId = profiles.publish("b-1", UNIT, EVERYTHING);
        Product listing = aPublishedListing(makerId, "Tas Anyaman Pandan");
        indexer.drainAll(10);
        assertThat(search("Sari").items()).extracting(item -> item.maker().name()).containsExactly("Ibu Sari");

        profiles.withdraw("b-1", ConsentField.DISPLAY_NAME);

        assertThat(catalog.productDetails(String.valueOf(listing.id())).maker().name()).isEqualTo(NEUTRAL_NAME);
        assertThat(search("Sari").total()).as("before any drain of the outbox").isZero();
        indexer.drainAll(10);
        assertThat(search("Sari").total()).isZero();
        ProductSummary card = search("anyaman").items().get(0);
        assertThat(card.maker().name()).isEqualTo(NEUTRAL_NAME);
        assertThat(card.maker().id()).as("still the same maker").isEqualTo(String.valueOf(makerId));
    }

    @Test
    void aWithdrawnRegionLeavesTheListingsFiltersAndFacetsOfSearch() {
        long makerId = profiles.publish("b-2", UNIT, EVERYTHING);
        Product listing = aPublishedListing(makerId, "Keripik Singkong Balado");
        indexer.drainAll(10);
        assertThat(regionFacet()).contains("Kota Bekasi");

        profiles.withdraw("b-2", ConsentField.REGION);
        indexer.drainAll(10);

        assertThat(catalog.productDetails(String.valueOf(listing.id())).region()).isNull();
        assertThat(catalog.productPage(new ProductQuery(null, null, "Kota Bekasi", null, null, null, null, 0, 10),
                INDONESIAN).total()).isZero();
        assertThat(regionFacet()).doesNotContain("Kota Bekasi");
        assertThat(search("keripik").items()).extracting(ProductSummary::region).containsOnlyNulls();
    }

    @Test
    void publishingWithFewerConsentsIsAWithdrawalToo() {
        long makerId = profiles.publish("b-3", UNIT, EVERYTHING);
        aPublishedListing(makerId, "Kopi Robusta Bubuk");
        indexer.drainAll(10);

        assertThat(profiles.publish("b-3", UNIT, new PublicFields(null, null, null, false))).isEqualTo(makerId);
        assertThat(search("Sari").total()).as("before any drain of the outbox").isZero();
        indexer.drainAll(10);

        assertThat(search("Sari").total()).isZero();
        assertThat(search("kopi").items()).extracting(item -> item.maker().name()).containsExactly(NEUTRAL_NAME);
    }

    @Test
    void graduatesWithListingsAreThoseWithAPublishedOneAndNobodyHasSalesBeforeOrdersExist() {
        aPublishedListing(profiles.publish("b-4", UNIT, EVERYTHING), "Sabun Herbal Sereh");
        profiles.publish("b-5", UNIT, EVERYTHING);

        assertThat(activity.withListings(List.of("b-4", "b-5", "b-6"))).containsExactly("b-4");
        assertThat(activity.sales(List.of("b-4", "b-5"))).isEmpty();
    }

    @Test
    void aGraduatesSalesAreTheirPaidOrderLinesOnTheDayOfPayment() {
        Product soap = aPublishedListing(profiles.publish("b-7", UNIT, EVERYTHING), "Sabun Herbal Sereh");
        Product bag = aPublishedListing(profiles.publish("b-8", UNIT, EVERYTHING), "Tas Anyaman Pandan");
        String paid = orders.place(order(soap, 2)).code();
        orders.place(order(bag, 1));
        String cancelled = orders.place(order(soap, 1)).code();
        orders.markPaid(COORDINATOR, paid);
        orders.markPaid(COORDINATOR, cancelled);
        orders.cancel(COORDINATOR, cancelled, "Dana dikembalikan");

        assertThat(activity.sales(List.of("b-7", "b-8", "b-9")))
                .as("the paid line only: the other order is not paid, the third cancelled")
                .containsExactly(new GraduateActivity.Sale("b-7", LocalDate.of(2026, 11, 2), 90_000));
    }

    private static PlaceOrder order(Product product, int quantity) {
        return new PlaceOrder(new PlaceOrder.CustomerInput("Budi (fiktif)", "budi@contoh.id", "081234567890"),
                new PlaceOrder.DeliveryInput(DeliveryMethod.PICKUP, null, null, null), PaymentMethod.BANK_TRANSFER,
                List.of(new PlaceOrder.LineInput(product.id(), quantity)));
    }

    private Product aPublishedListing(long makerId, String name) {
        Category category = new Category("anyaman", "Anyaman", "Woven crafts", 1);
        Product product = new Product("SKU-" + products.count(), name, category, makers.get(makerId),
                Rupiah.of(45_000), 5, Instant.parse("2026-01-05T08:00:00Z"));
        product.publish(Instant.parse("2026-01-05T08:00:00Z"));
        Product stored = products.store(product);
        outbox.productChanged(stored.id());
        return stored;
    }

    private ProductPage search(String text) {
        return catalog.productPage(new ProductQuery(text, null, null, null, null, null, null, 0, 10), INDONESIAN);
    }

    private List<String> regionFacet() {
        return catalog.productPage(ProductQuery.firstPage(10), INDONESIAN).facets().region().stream()
                .map(FacetValue::value).toList();
    }
}
