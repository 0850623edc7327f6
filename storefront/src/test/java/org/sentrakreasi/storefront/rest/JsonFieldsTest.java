package org.sentrakreasi.storefront.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

    /** Numbers and nesting past Parsson's limits fail with exceptions other than JsonException. */
    @Test
    void bodiesPastTheParsersLimitsAreInvalidJsonNamingTheBody() {
        String deeplyNested = "[".repeat(1_001) + "]".repeat(1_001);
        for (String body : List.of("{\"a\":1e9999999999}", "{\"a\":1e-2147483649}", "{\"a\":" + "9".repeat(5_000) + "}",
                "{\"a\":" + deeplyNested + "}")) {
            assertThatThrownBy(() -> JsonFields.read(body, Cancellation.class)).as(body.substring(0, Math.min(20, body.length())))
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                            .containsExactly(new Problem.FieldError("body", "is not valid JSON")));
        }
    }

    @Test
    void textAfterTheJsonValueAndASingleValueAreRefusedNamingTheBody() {
        assertThatThrownBy(() -> JsonFields.read("{\"reason\":\"x\"}}garbage[[[", Cancellation.class))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .containsExactly(new Problem.FieldError("body", "is not valid JSON")));
        assertThatThrownBy(() -> JsonFields.read("{\"reason\":\"x\"} {}", Cancellation.class))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .containsExactly(new Problem.FieldError("body", "is not valid JSON")));
        assertThatThrownBy(() -> JsonFields.read("\"str\"", Cancellation.class))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .containsExactly(new Problem.FieldError("body", "must be a JSON object or array, not a single value")));
        assertThat(JsonFields.read("  {\"reason\":\"x\"}\n", Cancellation.class).reason()).isEqualTo("x");
    }

    @Test
    void hugeNumbersInANumberFieldAreOutOfRange() {
        assertThatThrownBy(() -> JsonFields.read("{\"productId\":1e999999999,\"quantity\":1e400}", PlaceOrder.LineInput.class))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .extracting(Problem.FieldError::field).containsExactlyInAnyOrder("productId", "quantity"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "Budi \\ud800", "\\udc00 x", "a\\u0007b", "\\u007f", "\\u0085"})
    void controlCharactersAndLoneSurrogatesAreNotText(String escaped) {
        assertThatThrownBy(() -> JsonFields.read("{\"reason\":\"" + escaped + "\"}", Cancellation.class))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .containsExactly(new Problem.FieldError("reason", PlainText.NOT_TEXT)));
    }

    @Test
    void tabsLineBreaksAndCharactersBeyondTheBasicPlaneAreText() {
        assertThat(JsonFields.read("{\"reason\":\"a\\tb\\r\\nc \\ud83d\\ude00 é\"}", Cancellation.class).reason())
                .isEqualTo("a\tb\r\nc \uD83D\uDE00 é");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-01-01", "-999999999-01-01", "1899-12-31", "2101-01-01"})
    void datesOutsideThePlausibleRangeAreRefused(String date) {
        assertThatThrownBy(() -> JsonFields.read("{\"on\":\"" + date + "\"}", Dated.class))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.errors())
                        .containsExactly(new Problem.FieldError("on", "must be between 1900-01-01 and 2100-12-31")));
    }

    @Test
    void datesAtTheEdgesOfTheRangeAreRead() {
        assertThat(JsonFields.read("{\"on\":\"1900-01-01\"}", Dated.class).on()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(JsonFields.read("{\"on\":\"2100-12-31\"}", Dated.class).on()).isEqualTo(LocalDate.of(2100, 12, 31));
    }

    record Cancellation(String reason) {
    }

    record Dated(LocalDate on) {
    }
}
