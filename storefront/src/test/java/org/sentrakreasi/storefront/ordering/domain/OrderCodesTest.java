package org.sentrakreasi.storefront.ordering.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderCodesTest {

    @Test
    void codesAreSkAndEightCharactersWithoutLookAlikes() {
        Random random = new Random(42);
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = OrderCodes.random(random);
            assertThat(code).matches("SK-[2-9A-HJKMNP-TW-Z]{8}").doesNotContain("0", "O", "1", "I", "L", "U", "V");
            assertThat(OrderCodes.isWellFormed(code)).isTrue();
            codes.add(code);
        }
        assertThat(codes).as("random, not a sequence").hasSize(10_000);
    }

    @Test
    void aCodeIsReadWithoutCaseAndAnythingElseNamesNoOrder() {
        assertThat(OrderCodes.isWellFormed(" sk-abcd2345 ")).isTrue();
        assertThat(OrderCodes.normalised(" sk-abcd2345 ")).isEqualTo("SK-ABCD2345");
        assertThat(OrderCodes.isWellFormed("SK-ABCD234")).isFalse();
        assertThat(OrderCodes.isWellFormed("SK-ABCD2340")).as("0 is not in the alphabet").isFalse();
        assertThat(OrderCodes.isWellFormed("XX-ABCD2345")).isFalse();
        assertThat(OrderCodes.isWellFormed("1' or '1'='1")).isFalse();
        assertThat(OrderCodes.isWellFormed(null)).isFalse();
    }
}
