package org.sentrakreasi.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.sentrakreasi.bench.CatalogGenerator.GeneratedCatalog;
import org.sentrakreasi.bench.CatalogImport.ImportResult;
import org.sentrakreasi.bench.SearchCatchUp.CatchUp;
import org.sentrakreasi.bench.WrkLoad.LoadResult;

/**
 * The benchmark command (README.md): generate a catalog, import it through the API, wait for search
 * to catch up, then measure search sequentially (API vs engine time) and under load with wrk, and
 * print a Markdown summary. It measures an application that is already running; run.sh starts one.
 */
public final class Bench {

    static final int WARM_UP_CONNECTIONS = 8;

    private Bench() {
    }

    public static void main(String[] args) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && !e.getMessage().isEmpty()) {
                System.err.println(e.getMessage());
            }
            System.err.print(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        // Checked first: finding out after a 10-minute import that the load step cannot run wastes the import.
        if (WrkLoad.findTool().isEmpty()) {
            System.err.println("wrk (the HTTP load tool) is not on the PATH: install it with: apt-get install wrk");
            System.exit(3);
            return;
        }
        try {
            System.out.println();
            System.out.println(run(options).markdown());
            System.exit(0);
        } catch (IOException e) {
            System.err.println("Benchmark failed: " + e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(130);
        }
    }

    static BenchReport run(BenchOptions options) throws IOException, InterruptedException {
        ApiClient api = new ApiClient(options.baseUrl(), options.admin());
        SearchCatchUp search = new SearchCatchUp(api);
        ImportResult imported = null;
        CatchUp catchUp = null;
        if (!options.skipImport()) {
            System.out.printf("Generating %,d products (seed %d) into %s ...%n", options.products(), options.seed(),
                    options.csv());
            long start = System.nanoTime();
            GeneratedCatalog catalog = new CatalogGenerator(options.seed()).write(options.csv(), options.products());
            System.out.printf("  %,d rows (%,d PUBLISHED) in %.1f s; per category %s%n", catalog.rows(),
                    catalog.published(), CatalogImport.seconds(start), catalog.rowsPerCategory());

            long before = search.publishedTotal();
            System.out.printf("Search shows %,d published products before the import%n", before);
            imported = new CatalogImport(api).run(options.csv(), catalog.rows());
            catchUp = search.await(before + catalog.published(), imported.failed(), imported.doneAtNanos(),
                    Duration.ofSeconds(options.indexTimeoutSeconds()));
        }
        long searchable = search.publishedTotal();
        List<SearchRequest> queries = QuerySet.standard();
        WrkLoad wrk = WrkLoad.prepare(api.baseUrl(), queries, options.workDirectory());
        if (options.warmUpSeconds() > 0) {
            // As any JVM benchmark: the first minute measures the JIT compiling, not the search.
            System.out.printf("Warm-up (not reported): %d s at %d connections%n", options.warmUpSeconds(),
                    WARM_UP_CONNECTIONS);
            wrk.run(WARM_UP_CONNECTIONS, options.warmUpSeconds());
        }
        EngineTimePass.Result sequential = new EngineTimePass(api).run(queries, options.rounds());
        List<LoadResult> load = new ArrayList<>();
        for (int connections : options.connections()) {
            load.add(wrk.run(connections, options.durationSeconds()));
        }
        return new BenchReport(options, searchable, queries.size(), imported, catchUp, sequential, load);
    }
}
