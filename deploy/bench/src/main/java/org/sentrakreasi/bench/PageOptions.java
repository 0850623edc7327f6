package org.sentrakreasi.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Command-line options of {@link PageBench}; see {@link #USAGE}. */
public record PageOptions(String baseUrl, CatalogOptions catalog, int durationSeconds, int warmUpSeconds,
                          List<Integer> connections, int productPages, double p95TargetMillis, Path workDirectory) {

    static final String USAGE = """
            Usage: PageBench [options]
              --base-url URL          application to measure (default http://localhost:8080)
              --duration SECONDS      length of each wrk run (default 30)
              --warm-up SECONDS       unreported wrk load on both pages at 8 connections first (default 60; 0 = none)
              --connections LIST      wrk connection counts (default 1,8)
              --product-pages N       how many different products' pages to cycle through (default 800)
              --p95-target MS         printed beside the measured p95 (default 100)
            """ + CatalogOptions.USAGE;

    private static final Set<String> VALUE_OPTIONS = BenchOptions.union(CatalogOptions.VALUE_OPTIONS,
            Set.of("--base-url", "--duration", "--warm-up", "--connections", "--product-pages", "--p95-target"));

    public static PageOptions parse(String... args) {
        CommandLine line = CommandLine.parse(args, VALUE_OPTIONS, CatalogOptions.FLAG_OPTIONS);
        Path target = BenchOptions.targetDirectory();
        return new PageOptions(line.text("--base-url", "http://localhost:8080"), CatalogOptions.from(line, target),
                line.positiveInt("--duration", 30), line.notNegativeInt("--warm-up", 60),
                line.positiveInts("--connections", List.of(1, 8)), line.positiveInt("--product-pages", 800),
                line.positiveInt("--p95-target", 100), target.resolve("bench-pages"));
    }
}
