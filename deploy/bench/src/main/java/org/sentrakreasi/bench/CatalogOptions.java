package org.sentrakreasi.bench;

import java.nio.file.Path;
import java.util.Set;

/**
 * The options of the synthetic catalog a benchmark measures on (shared by the search and the page
 * benchmark): how many products, which seed, where the CSV goes, and how the import is done.
 */
public record CatalogOptions(long products, long seed, Path csv, String admin, int indexTimeoutSeconds,
                             boolean skipImport) {

    static final String USAGE = """
              --products N            synthetic catalog size (default 100000)
              --seed S                generator seed; the same seed gives the same catalog (default 42)
              --csv PATH              where to write the catalog (default deploy/bench/target/bench-catalog-N-S.csv)
              --admin USER:PASSWORD   import account (default admin:demo-admin)
              --index-timeout SECONDS how long to wait for search to catch up (default 900)
              --skip-import           measure the catalog that is already there
            """;

    static final Set<String> VALUE_OPTIONS = Set.of("--products", "--seed", "--csv", "--admin", "--index-timeout");
    static final Set<String> FLAG_OPTIONS = Set.of("--skip-import");

    static CatalogOptions from(CommandLine line, Path target) {
        long products = line.positiveLong("--products", 100_000);
        long seed = line.anyLong("--seed", 42);
        String csv = line.text("--csv", null);
        return new CatalogOptions(products, seed,
                csv == null ? target.resolve("bench-catalog-" + products + "-" + seed + ".csv") : Path.of(csv),
                line.credentials("--admin", "admin:demo-admin"), line.positiveInt("--index-timeout", 900),
                line.flag("--skip-import"));
    }
}
