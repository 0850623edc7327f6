package org.sentrakreasi.storefront.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sentrakreasi.storefront.demo.DemoCatalog.DemoMaker;
import org.sentrakreasi.storefront.demo.DemoCatalog.DemoProduct;
import org.sentrakreasi.storefront.demo.DemoCatalog.DemoUnit;

class DemoCatalogTest {

    private static final List<String> CATEGORIES = List.of(
            "makanan", "minuman", "batik-tenun", "anyaman", "fashion", "rumah-tangga", "cinderamata", "kecantikan");

    /** Words that would reveal a maker's cluster; they must never appear on a public surface. */
    private static final List<String> FORBIDDEN = List.of(
            "narkoba", "napza", "disabilitas", "tunanetra", "tunarungu", "korban", "perdagangan orang",
            "mantan pecandu", "rehabilitasi narkoba");

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void hasEnoughProductsSpreadOverTheCategories() {
        List<DemoProduct> products = DemoCatalog.products();
        assertThat(products).hasSizeGreaterThanOrEqualTo(60);
        assertThat(products).extracting(DemoProduct::category).allMatch(CATEGORIES::contains);

        Map<String, Long> perCategory = products.stream()
                .collect(Collectors.groupingBy(DemoProduct::category, Collectors.counting()));
        assertThat(perCategory.values().stream().filter(n -> n >= 5).count()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void skusAndProductNamesAreUnique() {
        assertThat(DemoCatalog.products()).extracting(DemoProduct::sku).doesNotHaveDuplicates();
        assertThat(DemoCatalog.products()).extracting(DemoProduct::name).doesNotHaveDuplicates();
        assertThat(DemoCatalog.makers()).extracting(DemoMaker::displayName).doesNotHaveDuplicates();
        assertThat(DemoCatalog.units()).extracting(DemoUnit::code).doesNotHaveDuplicates();
    }

    @Test
    void everyProductHasAKnownMakerAndEveryMakerAKnownUnit() {
        Set<String> makerNames = DemoCatalog.makers().stream().map(DemoMaker::displayName).collect(Collectors.toSet());
        Set<String> unitCodes = DemoCatalog.units().stream().map(DemoUnit::code).collect(Collectors.toSet());

        assertThat(DemoCatalog.products()).allSatisfy(p -> assertThat(makerNames).contains(p.makerName()));
        assertThat(DemoCatalog.makers()).allSatisfy(m -> assertThat(unitCodes).contains(m.unitCode()));
    }

    @Test
    void unitsIncludeBekasiMagelangAndAnLks() {
        Map<String, DemoUnit> byCode = DemoCatalog.units().stream()
                .collect(Collectors.toMap(DemoUnit::code, Function.identity()));
        assertThat(byCode).containsKeys("BEKASI", "MAGELANG");
        assertThat(byCode.get("BEKASI").type()).isEqualTo("BALAI");
        assertThat(byCode.get("MAGELANG").type()).isEqualTo("BALAI");
        assertThat(DemoCatalog.units()).extracting(DemoUnit::type).contains("LKS").allMatch(
                t -> Set.of("BALAI", "LOKA", "LKS").contains(t));
    }

    @Test
    void ibuSariIsAMakerOfBekasi() {
        assertThat(DemoCatalog.makers())
                .anySatisfy(m -> {
                    assertThat(m.displayName()).isEqualTo("Ibu Sari");
                    assertThat(m.unitCode()).isEqualTo("BEKASI");
                    assertThat(m.region()).isEqualTo("Kota Bekasi");
                });
    }

    @Test
    void pricesArePositiveWholeRupiahAndStockIsSensible() {
        assertThat(DemoCatalog.products()).allSatisfy(p -> {
            assertThat(p.price()).as(p.sku()).isPositive();
            assertThat(p.stock()).as(p.sku()).isBetween(0, 60);
        });
        assertThat(DemoCatalog.products()).anyMatch(p -> p.stock() == 0);
    }

    @Test
    void noTextMentionsAMakersCluster() {
        Stream<String> productTexts = DemoCatalog.products().stream()
                .flatMap(p -> Stream.of(p.name(), p.description(), p.story(), p.makerName()));
        Stream<String> makerTexts = DemoCatalog.makers().stream()
                .flatMap(m -> Stream.of(m.displayName(), m.story(), m.region()));
        List<String> texts = Stream.concat(productTexts, makerTexts)
                .filter(t -> t != null)
                .map(t -> t.toLowerCase(Locale.ROOT))
                .toList();

        assertThat(texts).isNotEmpty().allSatisfy(text -> {
            for (String word : FORBIDDEN) {
                assertThat(text).doesNotContain(word);
            }
        });
    }

    @Test
    void picturesDecodeToTheRequestedSizeForEveryCategory() throws IOException {
        for (String category : Stream.concat(CATEGORIES.stream(), Stream.of("tidak-dikenal")).toList()) {
            for (int size : new int[] {600, 200}) {
                byte[] png = DemoPictures.png("TST-" + category + "-001", category, size);
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
                assertThat(image).as(category).isNotNull();
                assertThat(image.getWidth()).as(category).isEqualTo(size);
                assertThat(image.getHeight()).as(category).isEqualTo(size);
            }
        }
    }

    @Test
    void picturesAreDeterministicAndDifferByCategory() {
        byte[] first = DemoPictures.png("BKS-MKN-001", "makanan", 200);
        byte[] again = DemoPictures.png("BKS-MKN-001", "makanan", 200);
        byte[] other = DemoPictures.png("BKS-MKN-001", "anyaman", 200);

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }
}
