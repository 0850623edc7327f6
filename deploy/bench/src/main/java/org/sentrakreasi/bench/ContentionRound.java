package org.sentrakreasi.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sentrakreasi.bench.CheckoutRush.Answer;

/**
 * One round of the contention benchmark: what the buyers got and the stock left afterwards. It
 * holds when exactly {@code stock} buyers got an order and the product ended at 0.
 */
public record ContentionRound(String label, String productId, int stock, List<Answer> answers, long finalStock) {

    public long orders() {
        return answers.stream().filter(a -> a.status() == 201).count();
    }

    public long outOfStock() {
        return answers.stream().filter(Answer::outOfStock).count();
    }

    /** Neither 201 nor 409 out-of-stock, by status and problem type (0: no answer at all). */
    public Map<String, Long> others() {
        return answers.stream().filter(a -> a.status() != 201 && !a.outOfStock())
                .collect(Collectors.groupingBy(a -> a.status() + (a.problemType().isEmpty() ? "" : " " + a.problemType()),
                        TreeMap::new, Collectors.counting()));
    }

    public long otherCount() {
        return answers.size() - orders() - outOfStock();
    }

    public boolean holds() {
        return orders() == stock && finalStock == 0;
    }

    public List<Double> latencies() {
        return latencies(List.of(this));
    }

    static List<Double> latencies(List<ContentionRound> rounds) {
        return rounds.stream().flatMap(r -> r.answers().stream()).map(Answer::millis)
                .filter(millis -> !Double.isNaN(millis)).toList();
    }

    static double max(List<Double> millis) {
        return millis.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** One line for the console, as the round ends. */
    public String line() {
        Percentiles latency = Percentiles.of(latencies());
        return String.format(Locale.ROOT,
                "%s (product %s, stock %d, %d buyers): 201 × %d, 409 out-of-stock × %d, other × %d%s; final stock %d;"
                        + " p50 %.1f ms, p99 %.1f ms, max %.1f ms: %s",
                label, productId, stock, answers.size(), orders(), outOfStock(), otherCount(),
                others().isEmpty() ? "" : " " + others(), finalStock, latency.p50(), latency.p99(), max(latencies()),
                holds() ? "OK" : "FAILED (expected exactly " + stock + " orders and stock 0)");
    }
}
