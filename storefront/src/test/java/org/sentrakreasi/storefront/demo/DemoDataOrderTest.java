package org.sentrakreasi.storefront.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sentrakreasi.storefront.demo.DemoCatalog.DemoProduct;

class DemoDataOrderTest {

    @Test
    void theNewestPageMixesCategoriesAndKeepsEveryProduct() {
        List<DemoProduct> mixed = DemoData.interleavedByCategory(DemoCatalog.products());
        assertThat(mixed).containsExactlyInAnyOrderElementsOf(DemoCatalog.products());
        // The last eight seeded (the first eight shown, newest first) come from eight categories.
        assertThat(mixed.subList(mixed.size() - 8, mixed.size()).stream().map(DemoProduct::category).distinct())
                .hasSizeGreaterThanOrEqualTo(6);
    }
}
