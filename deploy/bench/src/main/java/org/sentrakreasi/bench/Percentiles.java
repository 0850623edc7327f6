package org.sentrakreasi.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** p50/p95/p99 of a sample by nearest rank (a value that was really observed, no interpolation), in ms. */
public record Percentiles(int count, double p50, double p95, double p99) {

    public static Percentiles of(List<Double> values) {
        if (values.isEmpty()) {
            return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99));
    }

    /** Milliseconds as the reports print them: one decimal, n/a when there was nothing to measure. */
    public static String ms(double millis) {
        return Double.isNaN(millis) ? "n/a" : String.format(Locale.ROOT, "%.1f", millis);
    }

    public boolean isEmpty() {
        return count == 0;
    }

    private static double rank(double[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
