package org.sentrakreasi.catalog.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sentrakreasi.catalog.domain.Category;
import org.sentrakreasi.catalog.domain.Maker;
import org.sentrakreasi.catalog.domain.Product;
import org.sentrakreasi.catalog.domain.Rupiah;
import org.sentrakreasi.catalog.testing.FixedUnits;
import org.sentrakreasi.catalog.testing.InMemoryMakers;
import org.sentrakreasi.catalog.testing.InMemoryPhotoStorage;
import org.sentrakreasi.catalog.testing.InMemoryProducts;
import org.sentrakreasi.catalog.testing.InMemorySearchOutbox;

/**
 * Publishing and withdrawing what a maker shows, read back the way shoppers read it (product
 * details). The repositories, outbox and photo storage are in-memory doubles of the ports; the JPA
 * adapters are tested in the container, the search index by the storefront's integration test.
 */
class MakerProfileServiceTest {

    private static final long BEKASI = 1;
    private static final UnitRef BEKASI_UNIT = new UnitRef("1", "BEKASI", "Balai Pangudi Luhur Bekasi");
    private static final Category MAKANAN = new Category("makanan", "Makanan", "Food", 1);

    private final InMemoryProducts products = new InMemoryProducts();
    private final InMemoryMakers makers = new InMemoryMakers(products);
    private final InMemorySearchOutbox outbox = new InMemorySearchOutbox();
    private final InMemoryPhotoStorage photos = new InMemoryPhotoStorage();
    private final UnitDirectory units = new FixedUnits(BEKASI_UNIT);
    private final MakerProfileService profiles = new MakerProfileService(makers, products, units, outbox, photos);
    private final CatalogQueries catalog = new CatalogQueries(null, products, makers, units, null, null);

    private static PublishMakerProfile everything(String ref) {
        return new PublishMakerProfile(ref, BEKASI, "Ibu Sari", "Belajar menjahit di Balai.", "Kota Bekasi", true);
    }

    @Test
    void aProfileShowsTheConsentedFieldsAndIsUpdatedInPlace() {
        long id = profiles.publish(everything("b-1"));
        Maker maker = makers.get(id);
        assertThat(maker.displayName()).isEqualTo("Ibu Sari");
        assertThat(maker.story()).isEqualTo("Belajar menjahit di Balai.");
        assertThat(maker.region()).isEqualTo("Kota Bekasi");
        assertThat(maker.photoConsented()).isTrue();

        long again = profiles.publish(new PublishMakerProfile("b-1", BEKASI, null, null, "Kota Bekasi", false));
        assertThat(again).isEqualTo(id);
        assertThat(maker.displayName()).isEqualTo("Pengrajin Balai Pangudi Luhur Bekasi");
        assertThat(maker.story()).isNull();
        assertThat(maker.photoConsented()).isFalse();
    }

    @Test
    void withoutAnyConsentTheMakerIsShownOnlyUnderTheNeutralName() {
        Maker maker = makers.get(profiles.publish(new PublishMakerProfile("b-2", BEKASI, null, null, null, false)));
        assertThat(maker.displayName()).isEqualTo("Pengrajin Balai Pangudi Luhur Bekasi");
        assertThat(maker.story()).isNull();
        assertThat(maker.region()).isNull();
    }

    @Test
    void aWithdrawnNameLeavesTheProductJsonAtOnceAndEveryListingIsQueuedForTheIndex() {
        long makerId = profiles.publish(everything("b-3"));
        Product published = aListing(makerId, "S-1", true);
        Product draft = aListing(makerId, "S-2", false);

        profiles.withdraw("b-3", ProfileField.DISPLAY_NAME);

        ProductDetails details = catalog.productDetails(String.valueOf(published.id()));
        assertThat(details.maker()).isEqualTo(new MakerRef(String.valueOf(makerId), "Pengrajin Balai Pangudi Luhur Bekasi"));
        assertThat(details.unit()).isEqualTo(BEKASI_UNIT);
        assertThat(outbox.pendingProductIds()).containsExactlyInAnyOrder(published.id(), draft.id());
    }

    @Test
    void aWithdrawnRegionLeavesTheListingsThatShowedIt() {
        long makerId = profiles.publish(everything("b-4"));
        Product inherited = aListing(makerId, "S-3", true);
        Product locatedElsewhere = aListing(makerId, "S-4", true);
        locatedElsewhere.locateIn("Kabupaten Bogor");

        profiles.withdraw("b-4", ProfileField.REGION);

        assertThat(makers.get(makerId).region()).isNull();
        assertThat(catalog.productDetails(String.valueOf(inherited.id())).region()).isNull();
        assertThat(catalog.productDetails(String.valueOf(locatedElsewhere.id())).region()).isEqualTo("Kabupaten Bogor");
        assertThat(outbox.pendingProductIds()).contains(inherited.id(), locatedElsewhere.id());
    }

    @Test
    void aWithdrawnStoryIsForgotten() {
        long makerId = profiles.publish(everything("b-5"));
        profiles.withdraw("b-5", ProfileField.STORY);
        assertThat(makers.get(makerId).story()).isNull();
        assertThat(makers.get(makerId).displayName()).isEqualTo("Ibu Sari");
    }

    @Test
    void aWithdrawnPhotoIsDeletedFromStorageSoItIsNoLongerServed() {
        long makerId = profiles.publish(everything("b-6"));
        photos.save("sari.jpg", new byte[] {1});
        photos.save(ProductPhotos.thumbnailOf("sari.jpg"), new byte[] {2});
        photos.save("another-maker.jpg", new byte[] {3});
        makers.get(makerId).usePhoto("sari.jpg");

        profiles.withdraw("b-6", ProfileField.PHOTO);

        assertThat(makers.get(makerId).photoFileName()).isEmpty();
        assertThat(photos.names()).containsExactly("another-maker.jpg");
    }

    @Test
    void withdrawingForABeneficiaryWithoutAProfileChangesNothing() {
        profiles.publish(everything("b-7"));
        profiles.withdraw("someone-else", ProfileField.DISPLAY_NAME);
        assertThat(makers.findByBeneficiaryRef("b-7").orElseThrow().displayName()).isEqualTo("Ibu Sari");
        assertThat(outbox.pending()).isZero();
    }

    @Test
    void aProfileStaysInItsUnit() {
        profiles.publish(everything("b-8"));
        assertThatThrownBy(() -> profiles.publish(new PublishMakerProfile("b-8", 2L, "Ibu Sari", null, null, false)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyBeneficiariesWithAPublishedListingCountAsListing() {
        aListing(profiles.publish(everything("with-published")), "S-5", true);
        aListing(profiles.publish(everything("with-draft")), "S-6", false);
        profiles.publish(everything("without-listings"));

        assertThat(profiles.withPublishedListings(List.of("with-published", "with-draft", "without-listings", "unknown")))
                .containsExactly("with-published");
    }

    private Product aListing(long makerId, String sku, boolean published) {
        Product product = new Product(sku, "Keripik " + sku, MAKANAN, makers.get(makerId), Rupiah.of(15_000), 3,
                Instant.EPOCH);
        if (published) {
            product.publish(Instant.EPOCH);
        }
        return products.store(product);
    }
}
