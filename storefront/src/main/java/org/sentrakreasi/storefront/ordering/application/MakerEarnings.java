package org.sentrakreasi.storefront.ordering.application;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import org.sentrakreasi.storefront.ordering.domain.Order;
import org.sentrakreasi.storefront.ordering.domain.OrderLine;

/**
 * Makers' income from order lines, by the rule of {@link Order#countsAsIncome()}: paid and not
 * cancelled, dated by the payment. One rule for the maker's income page and the cohort outcomes.
 */
final class MakerEarnings {

    private MakerEarnings() {
    }

    /** Every counting line of these makers, as a sale on the day of payment (WIB). */
    static List<MakerSale> sales(Collection<Order> orders, Collection<Long> makerIds) {
        List<MakerSale> sales = new ArrayList<>();
        for (Order order : orders) {
            if (!order.countsAsIncome()) {
                continue;
            }
            var soldOn = SalesCalendar.dayOf(order.paidAt().orElseThrow());
            for (OrderLine line : order.lines()) {
                if (makerIds.contains(line.makerId())) {
                    sales.add(new MakerSale(line.makerId(), soldOn, line.total()));
                }
            }
        }
        return sales;
    }

    /** A maker's income per month of payment, from the first month with income to {@code currentMonth}. */
    static MakerIncome income(Collection<Order> orders, long makerId, YearMonth currentMonth) {
        TreeMap<YearMonth, long[]> byMonth = new TreeMap<>();
        for (MakerSale sale : sales(orders, List.of(makerId))) {
            long[] amountAndLines = byMonth.computeIfAbsent(YearMonth.from(sale.soldOn()), m -> new long[2]);
            amountAndLines[0] += sale.amount();
            amountAndLines[1]++;
        }
        List<MakerIncome.MonthIncome> months = new ArrayList<>();
        long total = 0;
        if (!byMonth.isEmpty()) {
            YearMonth first = byMonth.firstKey();
            YearMonth latestSale = byMonth.lastKey();
            YearMonth last = currentMonth.isAfter(latestSale) ? currentMonth : latestSale;
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                long[] amountAndLines = byMonth.getOrDefault(month, new long[2]);
                months.add(new MakerIncome.MonthIncome(month.toString(), amountAndLines[0], (int) amountAndLines[1]));
                total += amountAndLines[0];
            }
        }
        return new MakerIncome(total, OrderViews.CURRENCY, months);
    }
}
