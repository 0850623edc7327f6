package org.sentrakreasi.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProductTest {

    private static final Instant NOW = Instant.parse("2026-11-01T08:00:00Z");

    private final Maker sari = new Maker("Ibu Sari", 1L, "Kota Bekasi", "Menjahit sejak 2021");
    private final Category makanan = new Category("makanan", "Makanan", "Food", 1);

    private Product aDraft() {
        return new Product("BKS-001", "Keripik Singkong Balado", makanan, sari, Rupiah.of(15_000), 10, NOW);
    }

    @Test
    void aNewListingIsAPrivateDraftInTheMakersUnitAndRegion() {
        Product product = aDraft();
        assertThat(product.status()).isEqualTo(ProductStatus.DRAFT);
        assertThat(product.isPublished()).isFalse();
        assertThat(product.unitId()).isEqualTo(1L);
        assertThat(product.region()).isEqualTo("Kota Bekasi");
        assertThat(product.slug()).isEqualTo("keripik-singkong-balado-bks-001");
    }

    @Test
    void submittedThenPublishedBecomesPublicWithItsPublicationTime() {
        Product product = aDraft();
        product.submit();
        product.publish(NOW);
        assertThat(product.isPublished()).isTrue();
        assertThat(product.publishedAt()).contains(NOW);
    }

    @Test
    void aPublishedListingCannotBeSubmittedAgain() {
        Product product = aDraft();
        product.publish(NOW);
        assertThatThrownBy(product::submit).isInstanceOf(ProductStateException.class);
    }

    @Test
    void aCoordinatorRejectsWithAReasonAndTheMakerCanResubmit() {
        Product product = aDraft();
        product.submit();
        product.reject("Foto kurang jelas");
        assertThat(product.status()).isEqualTo(ProductStatus.REJECTED);
        assertThat(product.rejectionReason()).contains("Foto kurang jelas");
        product.submit();
        product.publish(NOW);
        assertThat(product.rejectionReason()).isEmpty();
        Product another = aDraft();
        another.submit();
        assertThatThrownBy(() -> another.reject(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> aDraft().reject("Belum dikirim")).as("only submitted or live listings")
                .isInstanceOf(ProductStateException.class);
    }

    @Test
    void anArchivedListingCannotBeRevisedOrArchivedAgain() {
        Product product = aDraft();
        product.archive();
        assertThatThrownBy(product::archive).isInstanceOf(ProductStateException.class);
        assertThatThrownBy(() -> product.revise("X", null, null, null, makanan, Rupiah.of(1), 1))
                .isInstanceOf(ProductStateException.class);
    }

    @Test
    void aListingMovesOnlyToAMakerOfItsOwnUnit() {
        Product product = aDraft();
        assertThatThrownBy(() -> product.reassignTo(new Maker("Pak Darto", 2L, "Kab. Magelang", null)))
                .isInstanceOf(IllegalArgumentException.class);
        product.locateIn(" Kota Bekasi Timur ");
        assertThat(product.region()).isEqualTo("Kota Bekasi Timur");
        product.locateIn(null);
        assertThat(product.region()).as("falls back to the maker's region").isEqualTo("Kota Bekasi");
    }

    @Test
    void stockIsNeverNegative() {
        Product product = aDraft();
        assertThatThrownBy(() -> product.changeStock(-1)).isInstanceOf(IllegalArgumentException.class);
        product.changeStock(0);
        assertThat(product.inStock()).isFalse();
    }
}
