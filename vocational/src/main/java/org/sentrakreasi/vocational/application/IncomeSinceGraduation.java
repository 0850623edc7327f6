package org.sentrakreasi.vocational.application;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;

/**
 * The arithmetic of the economic-independence figure: what a graduate earned from sales since
 * graduating, per month, and the median of that over a cohort's graduates.
 */
final class IncomeSinceGraduation {

    private IncomeSinceGraduation() {
    }

    /** Sales on or after the graduation day; what was sold during training is not an outcome of it. */
    static long salesSince(LocalDate graduatedOn, Collection<GraduateActivity.Sale> sales) {
        return sales.stream().filter(s -> !s.soldOn().isBefore(graduatedOn))
                .mapToLong(GraduateActivity.Sale::amountRupiah).sum();
    }

    /**
     * Months begun since graduation, at least one: graduated on 15 January, on 20 March the third
     * month has begun. Counting the month under way keeps a recent graduate's first sale from
     * reading as a fortune, and counting whole months only would divide by zero in the first one.
     */
    static long monthsBegun(LocalDate graduatedOn, LocalDate today) {
        if (today.isBefore(graduatedOn)) {
            return 1;
        }
        return ChronoUnit.MONTHS.between(graduatedOn, today) + 1;
    }

    static long monthlyIncome(LocalDate graduatedOn, LocalDate today, Collection<GraduateActivity.Sale> sales) {
        return salesSince(graduatedOn, sales) / monthsBegun(graduatedOn, today);
    }

    /**
     * The median in whole rupiah (the lower rupiah when two middle values average to a half); 0
     * without graduates. Graduates who sold nothing count, with 0: leaving them out would show the
     * cohort as better off than it is.
     */
    static long median(List<Long> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle);
        }
        return Math.floorDiv(sorted.get(middle - 1) + sorted.get(middle), 2);
    }
}
