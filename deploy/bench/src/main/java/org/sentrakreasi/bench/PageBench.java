package org.sentrakreasi.bench;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.sentrakreasi.bench.CatalogSetup.PreparedCatalog;
import org.sentrakreasi.bench.WrkLoad.LoadResult;

/**
 * The server render time of the public pages (README.md): on the synthetic catalog, wrk requests
 * search pages and product pages as a browser would, each kind on its own, at each connection count,
 * after a warm-up. Exits 1 on any error (an answer other than 200, or none within wrk's timeout):
 * the figures would then not be of pages rendered.
 */
public final class PageBench {

    static final int WARM_UP_CONNECTIONS = 8;

    private PageBench() {
    }

    public static void main(String[] args) {
        BenchCommand.report(args, PageOptions::parse, PageOptions.USAGE, true, PageBench::run);
    }

    static PageReport run(PageOptions options) throws IOException, InterruptedException {
        ApiClient api = new ApiClient(options.baseUrl(), options.catalog().admin());
        PreparedCatalog catalog = CatalogSetup.prepare(api, options.catalog());
        List<String> searchPaths = StorefrontPages.searchPaths(QuerySet.standard());
        List<String> productPaths = StorefrontPages.productPaths(api, options.productPages());
        System.out.printf("%d search pages, %d product pages%n", searchPaths.size(), productPaths.size());
        checkAnswers(api, searchPaths.get(0));
        checkAnswers(api, productPaths.get(0));

        WrkLoad search = WrkLoad.prepare(api.baseUrl(), "search-page", searchPaths, ApiClient.PAGE_ACCEPT,
                options.workDirectory());
        WrkLoad product = WrkLoad.prepare(api.baseUrl(), "product-page", productPaths, ApiClient.PAGE_ACCEPT,
                options.workDirectory());
        if (options.warmUpSeconds() > 0) {
            // As any JVM benchmark: the first minute measures the JIT compiling the rendering, not the rendering.
            int half = Math.max(1, options.warmUpSeconds() / 2);
            System.out.printf("Warm-up (not reported): %d s per page kind at %d connections%n", half, WARM_UP_CONNECTIONS);
            search.run(WARM_UP_CONNECTIONS, half);
            product.run(WARM_UP_CONNECTIONS, half);
        }
        List<LoadResult> searchLoad = new ArrayList<>();
        List<LoadResult> productLoad = new ArrayList<>();
        for (int connections : options.connections()) {
            searchLoad.add(search.run(connections, options.durationSeconds()));
            productLoad.add(product.run(connections, options.durationSeconds()));
        }
        return new PageReport(options, catalog.searchable(), searchPaths.size(), productPaths.size(), searchLoad,
                productLoad);
    }

    /** Before minutes of load: the page renders, rather than an error page that would be measured instead. */
    private static void checkAnswers(ApiClient api, String path) throws IOException, InterruptedException {
        HttpResponse<String> page = api.getPage(path);
        if (page.statusCode() != 200 || !page.body().contains("</html>")) {
            throw new IOException("GET " + path + " answered " + page.statusCode() + ", not a page: "
                    + ApiClient.snippet(page.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
    }
}
