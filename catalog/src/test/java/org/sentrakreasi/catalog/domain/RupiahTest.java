package org.sentrakreasi.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RupiahTest {

    @Test
    void formatsWithDotsAndNoMinorUnit() {
        assertThat(Rupiah.of(45_000).formatted()).isEqualTo("Rp45.000");
        assertThat(Rupiah.of(1_250_000).formatted()).isEqualTo("Rp1.250.000");
        assertThat(Rupiah.of(500).formatted()).isEqualTo("Rp500");
        assertThat(Rupiah.of(0).formatted()).isEqualTo("Rp0");
    }

    @Test
    void refusesNegativeAmounts() {
        assertThatThrownBy(() -> Rupiah.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
