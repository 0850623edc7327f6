package org.sentrakreasi.storefront.ordering.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sentrakreasi.storefront.ordering.domain.OrderBuilder.aLine;
import static org.sentrakreasi.storefront.ordering.domain.OrderBuilder.anOrder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sentrakreasi.storefront.ordering.domain.Order;
import org.sentrakreasi.storefront.ordering.domain.OrderLine;

class MakerEarningsTest {

    private static final long SARI = 3;
    private static final long JOKO = 4;

    @Test
    void incomeIsPaidLinesPerMonthOfPaymentWithEmptyMonthsUpToNow() {
        Order september = paid(Instant.parse("2026-09-10T02:00:00Z"), aLine(7, SARI, 1), aLine(8, JOKO, 2));
        Order november = paid(Instant.parse("2026-11-03T02:00:00Z"), new OrderLine(9, "Sabun", 15_000, 3, SARI, 1));
        Order placedOnly = anOrder().with(aLine(7, SARI, 1)).build();

        MakerIncome income = MakerEarnings.income(List.of(september, november, placedOnly), SARI, YearMonth.of(2026, 12));

        assertThat(income.total()).isEqualTo(90_000 + 45_000);
        assertThat(income.currency()).isEqualTo("IDR");
        assertThat(income.months()).containsExactly(
                new MakerIncome.MonthIncome("2026-09", 90_000, 1),
                new MakerIncome.MonthIncome("2026-10", 0, 0),
                new MakerIncome.MonthIncome("2026-11", 45_000, 1),
                new MakerIncome.MonthIncome("2026-12", 0, 0));
    }

    @Test
    void noIncomeIsNoMonths() {
        MakerIncome income = MakerEarnings.income(List.of(anOrder().build()), SARI, YearMonth.of(2026, 12));
        assertThat(income.total()).isZero();
        assertThat(income.months()).isEmpty();
    }

    @Test
    void cancelledOrdersAreNoIncomeAndPayAtPickupCountsOnTheDayOfPickup() {
        Order cancelled = paid(Instant.parse("2026-11-03T02:00:00Z"), aLine(7, SARI, 1));
        cancelled.cancel("Dana dikembalikan", "k", Instant.parse("2026-11-04T02:00:00Z"));
        Order atPickup = anOrder().payingAtPickup().with(aLine(7, SARI, 1)).build();
        atPickup.readyForPickup("k", Instant.parse("2026-11-05T02:00:00Z"));
        atPickup.complete("k", Instant.parse("2026-11-20T02:00:00Z"));

        assertThat(MakerEarnings.sales(List.of(cancelled, atPickup), List.of(SARI)))
                .containsExactly(new MakerSale(SARI, LocalDate.of(2026, 11, 20), 90_000));
    }

    @Test
    void theDayOfAPaymentIsTheDayInIndonesia() {
        Order earlyMorningWib = paid(Instant.parse("2026-10-31T23:30:00Z"), aLine(7, SARI, 1));
        assertThat(MakerEarnings.sales(List.of(earlyMorningWib), List.of(SARI)))
                .extracting(MakerSale::soldOn).containsExactly(LocalDate.of(2026, 11, 1));
    }

    private static Order paid(Instant at, OrderLine... lines) {
        var builder = anOrder().placedAt(at.minusSeconds(3600));
        for (OrderLine line : lines) {
            builder.with(line);
        }
        Order order = builder.build();
        order.markPaid("k", at);
        return order;
    }
}
