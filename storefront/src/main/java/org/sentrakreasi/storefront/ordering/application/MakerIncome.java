package org.sentrakreasi.storefront.ordering.application;

import java.util.List;

/**
 * A maker's income from orders: lines of orders that are paid and not cancelled, by the month of
 * the payment (WIB). {@code months} runs from the first month with income to the current month,
 * months without income included at 0, so that a chart shows the gaps; empty before the first sale.
 */
public record MakerIncome(long total, String currency, List<MonthIncome> months) {

    /** {@code month} as {@code 2026-11}; {@code lines}: order lines paid that month. */
    public record MonthIncome(String month, long amount, int lines) {
    }
}
