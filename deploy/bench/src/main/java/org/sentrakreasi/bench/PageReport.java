package org.sentrakreasi.bench;

import static org.sentrakreasi.bench.Percentiles.ms;

import java.util.List;
import java.util.Locale;
import org.sentrakreasi.bench.WrkLoad.LoadResult;

/** The Markdown summary of the page benchmark: each page kind at each connection count, against the target. */
public record PageReport(PageOptions options, long searchableProducts, int searchPages, int productPages,
                         List<LoadResult> search, List<LoadResult> product) implements BenchCommand.Report {

    public long errors() {
        return search.stream().mapToLong(LoadResult::errors).sum() + product.stream().mapToLong(LoadResult::errors).sum();
    }

    /** Every request answered without an error (the target is reported, not enforced). */
    @Override
    public boolean holds() {
        return errors() == 0;
    }

    @Override
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "### Page render time: %,d searchable products, %s%n%n", searchableProducts,
                options.baseUrl()));
        md.append(String.format(Locale.ROOT, "| wrk, %d s per run%s | p50 ms | p95 ms | p99 ms | requests/s | errors |%n",
                options.durationSeconds(), options.warmUpSeconds() > 0
                        ? String.format(Locale.ROOT, ", after a %d s warm-up", options.warmUpSeconds()) : ""));
        md.append("|---|---:|---:|---:|---:|---:|\n");
        rows(md, "search page `/cari?q=` (" + searchPages + " searches)", search);
        rows(md, "product page `/p/{slug}` (" + productPages + " products)", product);
        md.append(String.format(Locale.ROOT, "%nTarget p95 ≤ %.0f ms:%n", options.p95TargetMillis()));
        verdict(md, "search page", search);
        verdict(md, "product page", product);
        return md.toString();
    }

    private static void rows(StringBuilder md, String page, List<LoadResult> results) {
        for (LoadResult r : results) {
            md.append(String.format(Locale.ROOT, "| %s, %d connection%s | %s | %s | %s | %.1f | %d |%n", page,
                    r.connections(), r.connections() == 1 ? "" : "s", ms(r.p50()),
                    ms(r.p95()), ms(r.p99()), r.requestsPerSecond(), r.errors()));
        }
    }

    private void verdict(StringBuilder md, String page, List<LoadResult> results) {
        for (LoadResult r : results) {
            md.append(String.format(Locale.ROOT, "- %s at %d connection%s: p95 %s ms, %s%n", page, r.connections(),
                    r.connections() == 1 ? "" : "s", ms(r.p95()),
                    r.p95() <= options.p95TargetMillis() ? "met" : "not met"));
        }
    }
}
