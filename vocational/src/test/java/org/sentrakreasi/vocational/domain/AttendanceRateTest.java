package org.sentrakreasi.vocational.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sentrakreasi.vocational.domain.AttendanceStatus.ABSENT;
import static org.sentrakreasi.vocational.domain.AttendanceStatus.EXCUSED;
import static org.sentrakreasi.vocational.domain.AttendanceStatus.PRESENT;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttendanceRateTest {

    @Test
    void countsEachStatus() {
        AttendanceRate rate = AttendanceRate.of(List.of(PRESENT, ABSENT, PRESENT, EXCUSED));

        assertThat(rate).isEqualTo(new AttendanceRate(2, 1, 1));
        assertThat(rate.counted()).isEqualTo(3);
    }

    @Test
    void excusedSessionsAreLeftOutOfTheRate() {
        AttendanceRate rate = new AttendanceRate(8, 1, 1);

        assertThat(rate.counted()).isEqualTo(9);
        assertThat(rate.formatted()).isEqualTo("88.8%");
    }

    @Test
    void exactlyTheThresholdMeetsIt() {
        assertThat(new AttendanceRate(80, 20, 0).meets(80)).isTrue();
        assertThat(new AttendanceRate(4, 1, 0).meets(80)).isTrue();
    }

    @Test
    void justBelowTheThresholdDoesNot() {
        assertThat(new AttendanceRate(79, 21, 0).meets(80)).isFalse();
        assertThat(new AttendanceRate(799, 201, 0).meets(80)).isFalse();
    }

    @Test
    void withNoCountedSessionOnlyAZeroThresholdIsMet() {
        AttendanceRate allExcused = new AttendanceRate(0, 0, 3);

        assertThat(allExcused.meets(80)).isFalse();
        assertThat(allExcused.meets(0)).isTrue();
        assertThat(allExcused.percent()).isEmpty();
        assertThat(allExcused.formatted()).isEqualTo("no session counted");
    }

    @Test
    void thePercentageIsRoundedDownSoItNeverLooksLikeAPass() {
        AttendanceRate rate = new AttendanceRate(7999, 2001, 0);

        assertThat(rate.percent()).contains(new BigDecimal("79.9"));
        assertThat(rate.meets(80)).isFalse();
    }

    @Test
    void aWholePercentageHasNoDecimals() {
        assertThat(new AttendanceRate(4, 1, 0).formatted()).isEqualTo("80%");
        assertThat(new AttendanceRate(1, 0, 0).formatted()).isEqualTo("100%");
    }
}
