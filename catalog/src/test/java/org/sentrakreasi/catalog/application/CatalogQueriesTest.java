package org.sentrakreasi.catalog.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sentrakreasi.catalog.domain.Category;
import org.sentrakreasi.catalog.domain.MakerNotFoundException;
import org.sentrakreasi.catalog.domain.Product;
import org.sentrakreasi.catalog.domain.ProductNotFoundException;
import org.sentrakreasi.catalog.domain.Rupiah;
import org.sentrakreasi.catalog.testing.FixedUnits;
import org.sentrakreasi.catalog.testing.InMemoryMakers;
import org.sentrakreasi.catalog.testing.InMemoryPhotoStorage;
import org.sentrakreasi.catalog.testing.InMemoryProducts;
import org.sentrakreasi.catalog.testing.InMemorySearchOutbox;

/** The public pages' reads that do not go through the search port: by address, maker profiles, cart lines. */
class CatalogQueriesTest {

    private static final long BEKASI = 1;
    private static final UnitRef BEKASI_UNIT = new UnitRef("1", "BEKASI", "Balai Pangudi Luhur Bekasi");
    private static final Category ANYAMAN = new Category("anyaman", "Anyaman", "Weaving", 1);

    private final InMemoryProducts products = new InMemoryProducts();
    private final InMemoryMakers makers = new InMemoryMakers(products);
    private final UnitDirectory units = new FixedUnits(BEKASI_UNIT);
    private final MakerProfileService profiles =
            new MakerProfileService(makers, products, units, new InMemorySearchOutbox(), new InMemoryPhotoStorage());
    private final CatalogQueries catalog = new CatalogQueries(null, products, makers, units, null, null);

    @Test
    void aMakerProfileShowsTheConsentedFieldsAndOnlyPublishedProductsNewestFirst() {
        long makerId = profiles.publish(new PublishMakerProfile("b-1", BEKASI, "Ibu Sari", "Belajar menganyam.",
                "Kota Bekasi", false));
        Product older = aListing(makerId, "A-1", Instant.parse("2024-01-01T00:00:00Z"));
        Product newer = aListing(makerId, "A-2", Instant.parse("2024-02-01T00:00:00Z"));
        aListing(makerId, "A-3", null);

        MakerProfile profile = catalog.makerProfile(String.valueOf(makerId));

        assertThat(profile.name()).isEqualTo("Ibu Sari");
        assertThat(profile.story()).isEqualTo("Belajar menganyam.");
        assertThat(profile.region()).isEqualTo("Kota Bekasi");
        assertThat(profile.photoUrl()).as("no consent to a photo").isNull();
        assertThat(profile.unit()).isEqualTo(BEKASI_UNIT);
        assertThat(profile.products()).extracting(ProductSummary::id)
                .containsExactly(String.valueOf(newer.id()), String.valueOf(older.id()));
        assertThat(catalog.makerProfileBySlug(profile.slug())).isEqualTo(profile);
    }

    @Test
    void aWithdrawnFieldLeavesTheProfileAtOnceAndAWithdrawnNameLeavesItsAddress() {
        long makerId = profiles.publish(new PublishMakerProfile("b-2", BEKASI, "Ibu Rina", "Cerita Rina.", null, false));
        String formerSlug = catalog.makerProfile(String.valueOf(makerId)).slug();

        profiles.withdraw("b-2", ProfileField.STORY);
        assertThat(catalog.makerProfileBySlug(formerSlug).story()).isNull();

        profiles.withdraw("b-2", ProfileField.DISPLAY_NAME);
        MakerProfile neutral = catalog.makerProfile(String.valueOf(makerId));
        assertThat(neutral.name()).isEqualTo("Pengrajin Balai Pangudi Luhur Bekasi");
        assertThat(neutral.slug()).doesNotContain("rina");
        assertThatThrownBy(() -> catalog.makerProfileBySlug(formerSlug)).isInstanceOf(MakerNotFoundException.class);
    }

    @Test
    void unknownMakersAndAddressesAreNotFound() {
        assertThatThrownBy(() -> catalog.makerProfile("999")).isInstanceOf(MakerNotFoundException.class);
        assertThatThrownBy(() -> catalog.makerProfile("abc")).isInstanceOf(MakerNotFoundException.class);
        assertThatThrownBy(() -> catalog.makerProfileBySlug(null)).isInstanceOf(MakerNotFoundException.class);
    }

    @Test
    void aProductIsFoundByItsAddressOnlyWhilePublished() {
        long makerId = profiles.publish(new PublishMakerProfile("b-3", BEKASI, "Ibu Sari", null, null, false));
        Product published = aListing(makerId, "B-1", Instant.EPOCH);
        Product draft = aListing(makerId, "B-2", null);

        assertThat(catalog.productDetailsBySlug(published.slug()).id()).isEqualTo(String.valueOf(published.id()));
        assertThatThrownBy(() -> catalog.productDetailsBySlug(draft.slug())).isInstanceOf(ProductNotFoundException.class);
        assertThatThrownBy(() -> catalog.productDetailsBySlug("tidak-ada")).isInstanceOf(ProductNotFoundException.class);
    }

    @Test
    void availabilityFollowsTheAskedOrderSaysWhatIsNoLongerForSaleAndSkipsUnknownIds() {
        long makerId = profiles.publish(new PublishMakerProfile("b-4", BEKASI, "Ibu Sari", null, null, false));
        Product first = aListing(makerId, "C-1", Instant.EPOCH);
        Product archived = aListing(makerId, "C-2", Instant.EPOCH);
        archived.archive();

        List<ProductAvailability> lines = catalog.availability(List.of(String.valueOf(archived.id()), "999", "x",
                String.valueOf(first.id())));

        assertThat(lines).extracting(ProductAvailability::id)
                .containsExactly(String.valueOf(archived.id()), String.valueOf(first.id()));
        assertThat(lines.get(0).published()).isFalse();
        assertThat(lines.get(0).canSupply(1)).isFalse();
        assertThat(lines.get(1).stock()).isEqualTo(3);
        assertThat(lines.get(1).canSupply(3)).isTrue();
        assertThat(lines.get(1).canSupply(4)).isFalse();
    }

    private Product aListing(long makerId, String sku, Instant publishedAt) {
        Product product = new Product(sku, "Tas " + sku, ANYAMAN, makers.get(makerId), Rupiah.of(45_000), 3, Instant.EPOCH);
        if (publishedAt != null) {
            product.publish(publishedAt);
        }
        return products.store(product);
    }
}
