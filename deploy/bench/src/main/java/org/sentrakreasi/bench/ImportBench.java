package org.sentrakreasi.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sentrakreasi.bench.CatalogSetup.PreparedCatalog;

/**
 * The import benchmark (README.md): imports several generated catalogs of new products one after
 * the other through the API and reports each one's rate and search catch-up. The first import
 * meets a just-started JVM, whose compiler takes a large share of the 2 cores; the later ones show
 * the rate once the import's code is compiled, as the search benchmark measures after a warm-up.
 */
public final class ImportBench {

    private ImportBench() {
    }

    public static void main(String[] args) {
        BenchCommand.report(args, ImportOptions::parse, ImportOptions.USAGE, false, ImportBench::run);
    }

    static ImportReport run(ImportOptions options) throws IOException, InterruptedException {
        CatalogOptions catalog = options.catalog();
        ApiClient api = new ApiClient(options.baseUrl(), catalog.admin());
        List<PreparedCatalog> imports = new ArrayList<>();
        for (int k = 1; k <= options.imports(); k++) {
            // Own skus per catalog, so that each import creates new products rather than finding them unchanged.
            CatalogGenerator generator = new CatalogGenerator(catalog.seed() + k - 1, "IMPORT" + k);
            Path csv = catalog.csv().resolveSibling("bench-import-" + catalog.products() + "-" + catalog.seed()
                    + "-" + k + ".csv");
            imports.add(CatalogSetup.importGenerated(api, generator, csv, catalog.products(),
                    catalog.indexTimeoutSeconds()));
        }
        return new ImportReport(options, imports);
    }
}
