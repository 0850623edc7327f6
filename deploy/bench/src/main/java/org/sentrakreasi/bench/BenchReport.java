package org.sentrakreasi.bench;

import static org.sentrakreasi.bench.Percentiles.ms;

import java.util.List;
import java.util.Locale;
import org.sentrakreasi.bench.CatalogImport.ImportResult;
import org.sentrakreasi.bench.EngineTimePass.Result;
import org.sentrakreasi.bench.SearchCatchUp.CatchUp;
import org.sentrakreasi.bench.WrkLoad.LoadResult;

/**
 * The Markdown summary printed at the end, ready to paste into an issue or docs/ next to the other
 * backend's. {@code importResult} and {@code catchUp} are null with --skip-import.
 */
public record BenchReport(BenchOptions options, long searchableProducts, int queries, ImportResult importResult,
                          CatchUp catchUp, Result sequential, List<LoadResult> load) {

    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "### Search benchmark: %s, %,d products (seed %d), %d queries, %s%n%n",
                options.label(), options.products(), options.seed(), queries, options.baseUrl()));
        md.append("| step | result |\n|---|---|\n");
        if (importResult == null) {
            md.append("| import | skipped (--skip-import) |\n");
        } else {
            md.append(String.format(Locale.ROOT, "| import | %,d rows in %.1f s = **%,.0f rows/s** (%,d refused) |%n",
                    importResult.rows(), importResult.seconds(), importResult.rowsPerSecond(), importResult.failed()));
            md.append(String.format(Locale.ROOT, "| search catch-up after import | %s |%n", catchUp.reached()
                    ? String.format(Locale.ROOT, "**%.1f s**", catchUp.seconds())
                    : String.format(Locale.ROOT, "not reached in %.0f s (%,d of %,d)", catchUp.seconds(),
                            catchUp.total(), catchUp.expected())));
        }
        md.append(String.format(Locale.ROOT, "| searchable products | %,d |%n%n", searchableProducts));

        md.append(String.format(Locale.ROOT, "| wrk, %d s per run%s | p50 ms | p95 ms | p99 ms | requests/s | errors |%n",
                options.durationSeconds(), options.warmUpSeconds() > 0
                        ? String.format(Locale.ROOT, ", after a %d s warm-up", options.warmUpSeconds()) : ""));
        md.append("|---|---:|---:|---:|---:|---:|\n");
        for (LoadResult r : load) {
            md.append(String.format(Locale.ROOT, "| %d connection%s (%d thread%s) | %s | %s | %s | %.1f | %d |%n",
                    r.connections(), r.connections() == 1 ? "" : "s", r.threads(), r.threads() == 1 ? "" : "s",
                    ms(r.p50()), ms(r.p95()), ms(r.p99()), r.requestsPerSecond(), r.errors()));
        }
        md.append('\n');

        overhead(md);

        Percentiles api = sequential.api();
        Percentiles engine = sequential.engine();
        md.append(String.format(Locale.ROOT, "| sequential, %d requests | p50 ms | p95 ms | p99 ms |%n", api.count()));
        md.append("|---|---:|---:|---:|\n");
        md.append(String.format(Locale.ROOT, "| API latency (the benchmark's Java client) | %s | %s | %s |%n",
                ms(api.p50()), ms(api.p95()), ms(api.p99())));
        md.append(String.format(Locale.ROOT, "| engine time (Server-Timing) | %s | %s | %s |%n",
                ms(engine.p50()), ms(engine.p95()), ms(engine.p99())));
        if (sequential.failures() > 0) {
            md.append(String.format(Locale.ROOT, "%n%d sequential requests did not answer 200.%n", sequential.failures()));
        }
        return md.toString();
    }

    /**
     * The API's cost beyond the engine's, from the one-connection wrk run: wrk's latency against the
     * engine time the same answers carried. The Java client's own latency is not used for this: on a
     * just-started JVM it adds milliseconds of its own.
     */
    private void overhead(StringBuilder md) {
        LoadResult single = load.stream().filter(r -> r.connections() == 1).findFirst().orElse(null);
        if (single == null) {
            md.append("API overhead: n/a (no wrk run at 1 connection).\n\n");
            return;
        }
        Percentiles engine = single.engine();
        md.append(String.format(Locale.ROOT, "| wrk at 1 connection, %,d requests | p50 ms | p95 ms |%n", single.requests()));
        md.append("|---|---:|---:|\n");
        md.append(String.format(Locale.ROOT, "| API latency (wrk) | %s | %s |%n", ms(single.p50()), ms(single.p95())));
        Percentiles search = single.search();
        md.append(String.format(Locale.ROOT, "| search call in the application (Server-Timing `search`) | %s | %s |%n",
                ms(search.p50()), ms(search.p95())));
        md.append(String.format(Locale.ROOT, "| engine time of the same answers (Server-Timing `engine`) | %s | %s |%n",
                ms(engine.p50()), ms(engine.p95())));
        md.append(String.format(Locale.ROOT, "| overhead API / engine | %s | %s |%n",
                ratio(single.p50(), engine.p50()), ratio(single.p95(), engine.p95())));
        // Reaching the engine alone: on Elasticsearch its HTTP round trip and the client's JSON, which
        // took does not count; on Lucene next to nothing.
        md.append(String.format(Locale.ROOT, "| of it, reaching the engine: search call / engine | %s | %s |%n%n",
                ratio(search.p50(), engine.p50()), ratio(search.p95(), engine.p95())));
    }

    /**
     * Two decimals, because the target is 1.5× and one decimal would round 1.54× down to it. The
     * engine can answer in under a tenth of a millisecond (reported as 0): no ratio then.
     */
    private static String ratio(double api, double engine) {
        return engine > 0 && !Double.isNaN(api) ? String.format(Locale.ROOT, "%.2f×", api / engine) : "n/a";
    }
}
