package org.sentrakreasi.bench;

import java.util.Set;

/** Command-line options of {@link ImportBench}; see {@link #USAGE}. */
public record ImportOptions(String baseUrl, CatalogOptions catalog, int imports, double rateTarget) {

    static final String USAGE = """
            Usage: ImportBench [options]
              --base-url URL          application to measure (default http://localhost:8080)
              --imports K             catalogs imported one after the other, each of --products new
                                      products (default 3); the first meets a just-started JVM
              --rate-target ROWS/S    printed beside the measured rates (default 5000)
            """ + CatalogOptions.USAGE;

    private static final Set<String> VALUE_OPTIONS = BenchOptions.union(CatalogOptions.VALUE_OPTIONS,
            Set.of("--base-url", "--imports", "--rate-target"));

    public static ImportOptions parse(String... args) {
        CommandLine line = CommandLine.parse(args, VALUE_OPTIONS, CatalogOptions.FLAG_OPTIONS);
        CatalogOptions catalog = CatalogOptions.from(line, BenchOptions.targetDirectory());
        if (catalog.skipImport()) {
            throw new IllegalArgumentException("--skip-import: the import benchmark measures imports");
        }
        return new ImportOptions(line.text("--base-url", "http://localhost:8080"), catalog,
                line.positiveInt("--imports", 3), line.positiveInt("--rate-target", 5000));
    }
}
