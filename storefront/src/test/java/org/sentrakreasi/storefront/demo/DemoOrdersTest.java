package org.sentrakreasi.storefront.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sentrakreasi.storefront.demo.DemoCatalog.DemoMaker;
import org.sentrakreasi.storefront.demo.DemoCatalog.DemoProduct;
import org.sentrakreasi.storefront.demo.DemoOrders.DemoOrder;
import org.sentrakreasi.storefront.demo.DemoOrders.Step;
import org.sentrakreasi.storefront.ordering.domain.DeliveryMethod;

/** The demo orders can be placed on the demo catalog, or the demo start-up would fail. */
class DemoOrdersTest {

    private final Map<String, DemoProduct> products = DemoCatalog.products().stream()
            .collect(Collectors.toMap(DemoProduct::sku, Function.identity()));
    private final Map<String, DemoMaker> makers = DemoCatalog.makers().stream()
            .collect(Collectors.toMap(DemoMaker::displayName, Function.identity()));

    @Test
    void everyLineIsADemoProductWithStockForAllTheDemoOrders() {
        Map<String, Integer> ordered = new HashMap<>();
        DemoOrders.orders().forEach(order -> order.lines().forEach((sku, quantity) -> ordered.merge(sku, quantity, Integer::sum)));

        ordered.forEach((sku, quantity) -> {
            assertThat(products).containsKey(sku);
            assertThat(products.get(sku).stock()).as(sku).isGreaterThanOrEqualTo(quantity);
        });
    }

    @Test
    void aPickupIsOfOneUnitsProductsAndBuyersAreMarkedFictional() {
        for (DemoOrder order : DemoOrders.orders()) {
            assertThat(order.buyer()).endsWith("(fiktif)");
            if (order.delivery() == DeliveryMethod.PICKUP) {
                assertThat(order.lines().keySet().stream().map(sku -> unitOf(sku)).distinct()).as(order.buyer()).hasSize(1);
            }
        }
    }

    @Test
    void ibuSariHasAPaidOrderSoHerIncomeAndHerCohortShowASale() {
        assertThat(DemoOrders.orders()).anySatisfy(order -> {
            assertThat(order.steps()).contains(Step.PAID).doesNotContain(Step.CANCELLED);
            assertThat(order.lines().keySet()).anySatisfy(sku -> assertThat(products.get(sku).makerName()).isEqualTo("Ibu Sari"));
        });
        assertThat(DemoOrders.orders()).extracting(DemoOrder::steps).contains(List.of(), List.of(Step.CANCELLED));
    }

    private String unitOf(String sku) {
        return makers.get(products.get(sku).makerName()).unitCode();
    }
}
