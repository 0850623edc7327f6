package org.sentrakreasi.bench;

import static org.sentrakreasi.bench.Percentiles.ms;

import java.util.List;
import java.util.Locale;

/**
 * The Markdown summary of the contention benchmark: the warm-up rounds in one row, every measured
 * round, then the measured rounds together.
 */
public record ContentionReport(ContentionOptions options, List<ContentionRound> warmUp, List<ContentionRound> measured)
        implements BenchCommand.Report {

    @Override
    public boolean holds() {
        return warmUp.stream().allMatch(ContentionRound::holds) && measured.stream().allMatch(ContentionRound::holds);
    }

    @Override
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "### Checkout contention: %d buyers, stock %d, %s%n%n", options.buyers(),
                options.stock(), options.baseUrl()));
        md.append("| round | 201 | 409 out-of-stock | other | final stock | p50 ms | p99 ms | max ms | holds |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        if (!warmUp.isEmpty()) {
            warmUpRow(md);
        }
        for (ContentionRound round : measured) {
            row(md, round);
        }
        List<Double> all = ContentionRound.latencies(measured);
        Percentiles latency = Percentiles.of(all);
        md.append(String.format(Locale.ROOT, "%n| %d measured rounds, %,d buyers | p50 ms | p95 ms | p99 ms | max ms |%n",
                measured.size(), all.size()));
        md.append("|---|---:|---:|---:|---:|\n");
        md.append(String.format(Locale.ROOT, "| latency from the release to the answer | %s | %s | **%s** | %s |%n%n",
                ms(latency.p50()), ms(latency.p95()), ms(latency.p99()), ms(ContentionRound.max(all))));
        md.append(String.format(Locale.ROOT, "Target p99 ≤ %.0f ms: %s. Exactly %d orders and stock 0 in every round: %s.%n",
                options.p99TargetMillis(), latency.p99() <= options.p99TargetMillis() ? "met" : "not met",
                options.stock(), holds() ? "yes" : "**NO**"));
        return md.toString();
    }

    /** The warm-up rounds added up; they hold when each of them did. Final stock: the highest of any. */
    private void warmUpRow(StringBuilder md) {
        row(md, "warm-up, " + warmUp.size() + " rounds", warmUp.stream().mapToLong(ContentionRound::orders).sum(),
                warmUp.stream().mapToLong(ContentionRound::outOfStock).sum(),
                warmUp.stream().mapToLong(ContentionRound::otherCount).sum(), "",
                warmUp.stream().mapToLong(ContentionRound::finalStock).max().orElse(0), ContentionRound.latencies(warmUp),
                warmUp.stream().allMatch(ContentionRound::holds));
    }

    private static void row(StringBuilder md, ContentionRound round) {
        row(md, round.label(), round.orders(), round.outOfStock(), round.otherCount(),
                round.others().isEmpty() ? "" : " " + round.others(), round.finalStock(), round.latencies(), round.holds());
    }

    private static void row(StringBuilder md, String label, long orders, long outOfStock, long otherCount,
                            String others, long finalStock, List<Double> latencies, boolean holds) {
        Percentiles latency = Percentiles.of(latencies);
        md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d%s | %d | %s | %s | %s | %s |%n", label, orders,
                outOfStock, otherCount, others, finalStock, ms(latency.p50()), ms(latency.p99()),
                ms(ContentionRound.max(latencies)), holds ? "yes" : "**NO**"));
    }
}
