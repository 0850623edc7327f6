package org.sentrakreasi.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.sentrakreasi.bench.CatalogSetup.PreparedCatalog;
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
        BenchCommand.main(args, BenchOptions::parse, BenchOptions.USAGE, true, options -> {
            System.out.println();
            System.out.println(run(options).markdown());
            return 0;
        });
    }

    static BenchReport run(BenchOptions options) throws IOException, InterruptedException {
        ApiClient api = new ApiClient(options.baseUrl(), options.catalog().admin());
        PreparedCatalog catalog = CatalogSetup.prepare(api, options.catalog());
        List<SearchRequest> queries = QuerySet.standard();
        WrkLoad wrk = WrkLoad.prepare(api.baseUrl(), "bench-queries", queries.stream().map(SearchRequest::path).toList(),
                ApiClient.JSON_ACCEPT, options.workDirectory());
        if (options.warmUpSeconds() > 0) {
            // As any JVM benchmark: the first minutes measure the JIT compiling, not the search. On
            // 2 cores its C2 thread still took 14 % of the CPU after 150 s of load, under 1 % after 300 s.
            System.out.printf("Warm-up (not reported): %d s at %d connections%n", options.warmUpSeconds(),
                    WARM_UP_CONNECTIONS);
            wrk.run(WARM_UP_CONNECTIONS, options.warmUpSeconds());
        }
        EngineTimePass.Result sequential = new EngineTimePass(api).run(queries, options.rounds());
        List<LoadResult> load = new ArrayList<>();
        for (int connections : options.connections()) {
            load.add(wrk.run(connections, options.durationSeconds()));
        }
        return new BenchReport(options, catalog.searchable(), queries.size(), catalog.imported(), catalog.catchUp(),
                sequential, load);
    }
}
