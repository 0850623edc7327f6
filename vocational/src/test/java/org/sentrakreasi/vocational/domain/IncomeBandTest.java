package org.sentrakreasi.vocational.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IncomeBandTest {

    @Test
    void eachBandIncludesItsLowerBound() {
        assertThat(IncomeBand.of(0)).isEqualTo(IncomeBand.UNDER_500K);
        assertThat(IncomeBand.of(499_999)).isEqualTo(IncomeBand.UNDER_500K);
        assertThat(IncomeBand.of(500_000)).isEqualTo(IncomeBand.FROM_500K_TO_1500K);
        assertThat(IncomeBand.of(1_499_999)).isEqualTo(IncomeBand.FROM_500K_TO_1500K);
        assertThat(IncomeBand.of(1_500_000)).isEqualTo(IncomeBand.FROM_1500K_TO_3M);
        assertThat(IncomeBand.of(2_999_999)).isEqualTo(IncomeBand.FROM_1500K_TO_3M);
        assertThat(IncomeBand.of(3_000_000)).isEqualTo(IncomeBand.ABOVE_3M);
        assertThat(IncomeBand.of(Long.MAX_VALUE)).isEqualTo(IncomeBand.ABOVE_3M);
    }

    @Test
    void aNegativeIncomeIsRefused() {
        assertThatThrownBy(() -> IncomeBand.of(-1)).isInstanceOf(InvalidValueException.class);
    }
}
