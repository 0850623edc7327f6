package org.sentrakreasi.vocational.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sentrakreasi.vocational.application.GraduateActivity.Sale;

class CohortOutcomesTest {

    private static final LocalDate GRADUATION = LocalDate.of(2025, 1, 15);

    @Test
    void monthsBegunCountTheMonthUnderWayAndAtLeastOne() {
        assertThat(IncomeSinceGraduation.monthsBegun(GRADUATION, GRADUATION)).isEqualTo(1);
        assertThat(IncomeSinceGraduation.monthsBegun(GRADUATION, LocalDate.of(2025, 2, 14))).isEqualTo(1);
        assertThat(IncomeSinceGraduation.monthsBegun(GRADUATION, LocalDate.of(2025, 2, 15))).isEqualTo(2);
        assertThat(IncomeSinceGraduation.monthsBegun(GRADUATION, LocalDate.of(2025, 3, 20))).isEqualTo(3);
        assertThat(IncomeSinceGraduation.monthsBegun(GRADUATION, LocalDate.of(2025, 1, 1))).isEqualTo(1);
    }

    @Test
    void salesDuringTrainingAreNoOutcome() {
        List<Sale> sales = List.of(new Sale("1", GRADUATION.minusDays(1), 50_000),
                new Sale("1", GRADUATION, 30_000), new Sale("1", GRADUATION.plusDays(40), 70_000));
        assertThat(IncomeSinceGraduation.salesSince(GRADUATION, sales)).isEqualTo(100_000);
        assertThat(IncomeSinceGraduation.monthlyIncome(GRADUATION, LocalDate.of(2025, 3, 1), sales)).isEqualTo(50_000);
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(IncomeSinceGraduation.median(List.of())).isZero();
        assertThat(IncomeSinceGraduation.median(List.of(300L, 0L, 100L))).isEqualTo(100);
        assertThat(IncomeSinceGraduation.median(List.of(0L, 100L, 301L, 1_000L))).isEqualTo(200);
    }

    @Test
    void graduatesWithoutSalesCountInTheMedianAndListingsOfOthersDoNot() {
        LocalDate today = LocalDate.of(2025, 3, 20); // third month since graduation
        Map<String, LocalDate> graduates = Map.of("1", GRADUATION, "2", GRADUATION, "3", GRADUATION);
        List<Sale> sales = List.of(new Sale("1", LocalDate.of(2025, 2, 1), 300_000),
                new Sale("1", LocalDate.of(2025, 1, 2), 999_000),
                new Sale("2", LocalDate.of(2025, 3, 1), 150_000));

        CohortOutcome outcome = CohortOutcomes.outcome("7", graduates, Set.of("1", "2", "99"), sales, List.of(), today);

        assertThat(outcome.graduates()).isEqualTo(3);
        assertThat(outcome.graduatesWithListings()).isEqualTo(2);
        assertThat(outcome.graduatesWithSales()).isEqualTo(2);
        assertThat(outcome.salesTotal()).isEqualTo(450_000);
        // Monthly: 100,000, 50,000 and 0: the median is the graduate in the middle.
        assertThat(outcome.medianMonthlyIncome()).isEqualTo(50_000);
        assertThat(outcome.currency()).isEqualTo("IDR");
    }

    @Test
    void withoutGraduatesEverythingIsZeroNotInvented() {
        CohortOutcome outcome = CohortOutcomes.outcome("7", Map.of(), Set.of(), List.of(), List.of(), GRADUATION);
        assertThat(outcome.graduates()).isZero();
        assertThat(outcome.salesTotal()).isZero();
        assertThat(outcome.medianMonthlyIncome()).isZero();
    }
}
