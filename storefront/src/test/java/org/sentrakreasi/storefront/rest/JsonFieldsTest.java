package org.sentrakreasi.storefront.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sentrakreasi.storefront.ordering.application.PlaceOrder;
import org.sentrakreasi.storefront.ordering.domain.DeliveryMethod;
import org.sentrakreasi.storefront.ordering.domain.PaymentMethod;

class JsonFieldsTest {

    @Test
    void nestedObjectsAndArraysOfObjectsAreReadIntoNestedRecords() {
        PlaceOrder order = JsonFields.read("""
                {"customer":{"name":"Budi","email":"budi@contoh.id","phone":"0812"},
                 "delivery":{"method":"pickup"},"payment":"PAY_AT_PICKUP",
                 "lines":[{"productId":"7","quantity":2},{"productId":8,"quantity":1}]}""", PlaceOrder.class);

        assertThat(order.customer()).isEqualTo(new PlaceOrder.CustomerInput("Budi", "budi@contoh.id", "0812"));
        assertThat(order.delivery().method()).isEqualTo(DeliveryMethod.PICKUP);
        assertThat(order.payment()).isEqualTo(PaymentMethod.PAY_AT_PICKUP);
        assertThat(order.lines()).containsExactly(new PlaceOrder.LineInput(7L, 2), new PlaceOrder.LineInput(8L, 1));
    }

    @Test
    void everyUnreadableNestedValueIsNamedByItsPath() {
        assertThatThrownBy(() -> JsonFields.read("""
                {"customer":"Budi","delivery":{"method":"DRONE"},"payment":"CASH",
                 "lines":[{"productId":"tujuh","quantity":"dua"},7]}""", PlaceOrder.class))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(Problem.FieldError::field)
                        .containsExactlyInAnyOrder("customer", "delivery.method", "payment", "lines[0].productId",
                                "lines[0].quantity", "lines[1]"));
        assertThatThrownBy(() -> JsonFields.read("{\"lines\":{}}", PlaceOrder.class))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .containsExactly(new Problem.FieldError("lines", "must be a JSON array")));
    }

    @Test
    void aListOfRecordsAtTheTopNamesItsElementsByIndex() {
        assertThatThrownBy(() -> JsonFields.readList("[{\"productId\":1},\"x\"]", PlaceOrder.LineInput.class))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(Problem.FieldError::field).containsExactly("[1]"));
        assertThat(JsonFields.readList("[{\"productId\":1}]", PlaceOrder.LineInput.class))
                .containsExactly(new PlaceOrder.LineInput(1L, null));
    }
}
