package org.sentrakreasi.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.sentrakreasi.bench.CatalogGenerator.GeneratedCatalog;
import org.sentrakreasi.bench.CatalogImport.ImportResult;
import org.sentrakreasi.bench.SearchCatchUp.CatchUp;

/**
 * Brings the application to the catalog a benchmark measures on: generates the synthetic catalog,
 * imports it through the API and waits until search shows it (or, with --skip-import, takes the
 * catalog that is there).
 */
public final class CatalogSetup {

    /** {@code imported} and {@code catchUp} are null with --skip-import. */
    public record PreparedCatalog(ImportResult imported, CatchUp catchUp, long searchable) {
    }

    private CatalogSetup() {
    }

    public static PreparedCatalog prepare(ApiClient api, CatalogOptions options) throws IOException, InterruptedException {
        SearchCatchUp search = new SearchCatchUp(api);
        if (options.skipImport()) {
            return new PreparedCatalog(null, null, search.publishedTotal());
        }
        return importGenerated(api, new CatalogGenerator(options.seed()), options.csv(), options.products(),
                options.indexTimeoutSeconds());
    }

    /** Generates a catalog, imports it and waits until search shows it. */
    static PreparedCatalog importGenerated(ApiClient api, CatalogGenerator generator, Path csv, long products,
                                           int indexTimeoutSeconds) throws IOException, InterruptedException {
        SearchCatchUp search = new SearchCatchUp(api);
        System.out.printf("Generating %,d products (seed %d) into %s ...%n", products, generator.seed(), csv);
        long start = System.nanoTime();
        GeneratedCatalog catalog = generator.write(csv, products);
        System.out.printf("  %,d rows (%,d PUBLISHED) in %.1f s; per category %s%n", catalog.rows(),
                catalog.published(), CatalogImport.seconds(start), catalog.rowsPerCategory());

        long before = search.publishedTotal();
        System.out.printf("Search shows %,d published products before the import%n", before);
        ImportResult imported = new CatalogImport(api).run(csv, catalog.rows());
        CatchUp catchUp = search.await(before + catalog.published(), imported.failed(), imported.doneAtNanos(),
                Duration.ofSeconds(indexTimeoutSeconds));
        return new PreparedCatalog(imported, catchUp, search.publishedTotal());
    }
}
