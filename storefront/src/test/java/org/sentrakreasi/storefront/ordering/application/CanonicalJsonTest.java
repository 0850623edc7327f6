package org.sentrakreasi.storefront.ordering.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void theSameJsonWrittenDifferentlyIsOneRequest() {
        String compact = "{\"payment\":\"BANK_TRANSFER\",\"lines\":[{\"productId\":\"7\",\"quantity\":2}]}";
        String spacedAndReordered = "{ \"lines\" : [ { \"quantity\" : 2.0, \"productId\" : \"7\" } ],\n"
                + "  \"payment\" : \"BANK_TRANSFER\" }";

        assertThat(CanonicalJson.of(spacedAndReordered)).isEqualTo(CanonicalJson.of(compact))
                .isEqualTo("{\"lines\":[{\"productId\":\"7\",\"quantity\":2}],\"payment\":\"BANK_TRANSFER\"}");
        assertThat(CanonicalJson.fingerprint(spacedAndReordered)).isEqualTo(CanonicalJson.fingerprint(compact))
                .hasSize(64);
    }

    @Test
    void anyDifferenceInContentIsAnotherRequest() {
        String one = "{\"lines\":[{\"productId\":\"7\",\"quantity\":2}]}";
        assertThat(CanonicalJson.fingerprint("{\"lines\":[{\"productId\":\"7\",\"quantity\":3}]}"))
                .isNotEqualTo(CanonicalJson.fingerprint(one));
        assertThat(CanonicalJson.fingerprint("{\"lines\":[{\"productId\":7,\"quantity\":2}]}"))
                .as("a number is not a string").isNotEqualTo(CanonicalJson.fingerprint(one));
        assertThat(CanonicalJson.of("[1,2]")).isNotEqualTo(CanonicalJson.of("[2,1]"));
        assertThat(CanonicalJson.of("{\"a\":\"x\\\"y\",\"b\":null,\"c\":true}")).isEqualTo("{\"a\":\"x\\\"y\",\"b\":null,\"c\":true}");
    }

    @Test
    void textThatIsNoJsonIsRefused() {
        assertThatThrownBy(() -> CanonicalJson.of("{nope")).isInstanceOf(IllegalArgumentException.class);
    }
}
