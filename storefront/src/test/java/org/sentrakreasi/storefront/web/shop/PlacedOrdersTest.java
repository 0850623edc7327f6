package org.sentrakreasi.storefront.web.shop;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlacedOrdersTest {

    @Test
    void aVisitKnowsTheEmailOfTheOrdersItPlacedAndNoOthers() {
        PlacedOrders placed = new PlacedOrders();
        placed.remember("SK-ABCDEFGH", "rina@contoh.id");

        assertThat(placed.emailOf("SK-ABCDEFGH")).contains("rina@contoh.id");
        assertThat(placed.emailOf("SK-HGFEDCBA")).isEmpty();
        assertThat(placed.emailOf(null)).isEmpty();
    }

    @Test
    void theOldestOrdersAreForgottenBeyondTheLimit() {
        PlacedOrders placed = new PlacedOrders();
        for (int n = 0; n <= PlacedOrders.KEPT; n++) {
            placed.remember("SK-" + n, n + "@contoh.id");
        }

        assertThat(placed.emailOf("SK-0")).as("the first of " + (PlacedOrders.KEPT + 1)).isEmpty();
        assertThat(placed.emailOf("SK-1")).contains("1@contoh.id");
        assertThat(placed.emailOf("SK-" + PlacedOrders.KEPT)).contains(PlacedOrders.KEPT + "@contoh.id");
    }
}
