package org.sentrakreasi.bench;

import java.util.List;
import java.util.Locale;
import org.sentrakreasi.bench.CatalogSetup.PreparedCatalog;

/** The Markdown summary of the import benchmark: one row per import, against the target rate. */
public record ImportReport(ImportOptions options, List<PreparedCatalog> imports) implements BenchCommand.Report {

    public long refused() {
        return imports.stream().mapToLong(i -> i.imported().failed()).sum();
    }

    /** No row refused (the target is reported, not enforced). */
    @Override
    public boolean holds() {
        return refused() == 0;
    }

    @Override
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "### Import: %d × %,d new products, %s%n%n", imports.size(),
                options.catalog().products(), options.baseUrl()));
        md.append("| import | imported before | seconds | rows/s | refused | search caught up after |\n");
        md.append("|---|---:|---:|---:|---:|---:|\n");
        long before = 0;
        for (int i = 0; i < imports.size(); i++) {
            PreparedCatalog c = imports.get(i);
            md.append(String.format(Locale.ROOT, "| %d%s | %,d | %.1f | %,.0f | %,d | %s |%n", i + 1,
                    i == 0 ? " (just-started JVM)" : "", before, c.imported().seconds(),
                    c.imported().rowsPerSecond(), c.imported().failed(),
                    c.catchUp().reached() ? String.format(Locale.ROOT, "%.1f s", c.catchUp().seconds())
                            : "not within the timeout"));
            before += c.imported().processed() - c.imported().failed();
        }
        md.append(String.format(Locale.ROOT, "%nTarget ≥ %,.0f rows/s:%n", options.rateTarget()));
        for (int i = 0; i < imports.size(); i++) {
            double rate = imports.get(i).imported().rowsPerSecond();
            md.append(String.format(Locale.ROOT, "- import %d: %,.0f rows/s, %s%n", i + 1, rate,
                    rate >= options.rateTarget() ? "met" : "not met"));
        }
        return md.toString();
    }
}
