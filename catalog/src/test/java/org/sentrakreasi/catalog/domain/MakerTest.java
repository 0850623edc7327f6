package org.sentrakreasi.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MakerTest {

    private static final String NEUTRAL = "Pengrajin Balai Pangudi Luhur Bekasi";
    private static final ConsentedFields EVERYTHING =
            new ConsentedFields("Ibu Sari", "Belajar menjahit di Balai.", "Kota Bekasi", true);

    private static Maker sari() {
        Maker maker = Maker.ofBeneficiary("b-17", 1L, NEUTRAL);
        maker.showOnly(EVERYTHING, NEUTRAL);
        return maker;
    }

    @Test
    void aNewBeneficiaryProfileShowsOnlyTheNeutralNameUntilFieldsAreConsented() {
        Maker maker = Maker.ofBeneficiary("b-17", 1L, NEUTRAL);
        assertThat(maker.displayName()).isEqualTo(NEUTRAL);
        assertThat(maker.story()).isNull();
        assertThat(maker.region()).isNull();
        assertThat(maker.photoConsented()).isFalse();
        assertThat(maker.beneficiaryRef()).contains("b-17");
        assertThat(maker.unitId()).isEqualTo(1L);
    }

    @Test
    void showsExactlyTheConsentedFields() {
        Maker maker = sari();
        maker.showOnly(new ConsentedFields(null, "Belajar menjahit di Balai.", " ", false), NEUTRAL);
        assertThat(maker.displayName()).isEqualTo(NEUTRAL);
        assertThat(maker.story()).isEqualTo("Belajar menjahit di Balai.");
        assertThat(maker.region()).as("blank is not a region").isNull();
        assertThat(maker.photoConsented()).isFalse();
    }

    @Test
    void aWithdrawnNameLeavesNeitherTheNameNorItsSlug() {
        Maker maker = sari();
        assertThat(maker.slug()).startsWith("ibu-sari-1-");
        maker.hideName(NEUTRAL);
        assertThat(maker.displayName()).isEqualTo(NEUTRAL);
        assertThat(maker.slug()).startsWith("pengrajin-balai-pangudi-luhur-bekasi-1-").doesNotContain("sari");
    }

    @Test
    void twoMakersOfOneUnitUnderTheNeutralNameHaveDifferentSlugs() {
        Maker one = sari();
        Maker other = sari();
        one.hideName(NEUTRAL);
        other.hideName(NEUTRAL);
        assertThat(one.slug()).isNotEqualTo(other.slug());
    }

    @Test
    void storyAndRegionAreForgottenOnWithdrawal() {
        Maker maker = sari();
        maker.hideStory();
        maker.hideRegion();
        assertThat(maker.story()).isNull();
        assertThat(maker.region()).isNull();
        assertThat(maker.displayName()).isEqualTo("Ibu Sari");
    }

    @Test
    void aWithdrawnPhotoIsForgottenAndHandedBackForDeletion() {
        Maker maker = sari();
        maker.usePhoto("sari.jpg");
        assertThat(maker.photoFileName()).contains("sari.jpg");
        assertThat(maker.hidePhoto()).contains("sari.jpg");
        assertThat(maker.photoFileName()).isEmpty();
        assertThat(maker.photoConsented()).isFalse();
        assertThat(maker.hidePhoto()).as("nothing left to delete").isEmpty();
    }

    @Test
    void republishingWithoutPhotoConsentForgetsThePhoto() {
        Maker maker = sari();
        maker.usePhoto("sari.jpg");
        assertThat(maker.showOnly(new ConsentedFields("Ibu Sari", null, null, false), NEUTRAL)).contains("sari.jpg");
        assertThat(maker.photoFileName()).isEmpty();
    }

    @Test
    void noPhotoIsShownWithoutConsent() {
        Maker maker = Maker.ofBeneficiary("b-18", 1L, NEUTRAL);
        assertThatThrownBy(() -> maker.usePhoto("x.jpg")).isInstanceOf(IllegalStateException.class);
        assertThat(maker.photoFileName()).isEmpty();
    }

    @Test
    void aBeneficiaryProfileNeedsAReferenceAndAlwaysAName() {
        assertThatThrownBy(() -> Maker.ofBeneficiary(" ", 1L, NEUTRAL)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sari().hideName(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listingsFollowTheMakersRegionButKeepOneOfTheirOwn() {
        Maker maker = sari();
        Category makanan = new Category("makanan", "Makanan", "Food", 1);
        Product inherited = new Product("S-1", "Keripik", makanan, maker, Rupiah.of(15_000), 1, Instant.EPOCH);
        Product ownRegion = new Product("S-2", "Sambal", makanan, maker, Rupiah.of(20_000), 1, Instant.EPOCH);
        ownRegion.locateIn("Kabupaten Bogor");

        maker.hideRegion();
        inherited.followMakerRegion("Kota Bekasi");
        ownRegion.followMakerRegion("Kota Bekasi");
        assertThat(inherited.region()).isNull();
        assertThat(ownRegion.region()).isEqualTo("Kabupaten Bogor");

        maker.showOnly(EVERYTHING, NEUTRAL);
        inherited.followMakerRegion(null);
        assertThat(inherited.region()).as("consent given again").isEqualTo("Kota Bekasi");
    }
}
