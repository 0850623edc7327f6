package org.sentrakreasi.vocational.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UnitTest {

    @Test
    void codesAreUpperCaseAndTrimmed() {
        Unit unit = new Unit(" bekasi ", "Balai Pangudi Luhur Bekasi", UnitType.BALAI, "Kota Bekasi");
        assertThat(unit.code()).isEqualTo("BEKASI");
        assertThat(unit.name()).isEqualTo("Balai Pangudi Luhur Bekasi");
    }

    @Test
    void aUnitNeedsARegion() {
        assertThatThrownBy(() -> new Unit("X", "LKS X", UnitType.LKS, null)).isInstanceOf(NullPointerException.class);
    }
}
