package org.sentrakreasi.deploy.it;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sentrakreasi.catalog.infrastructure.search.elasticsearch.ElasticsearchTestServer;
import org.sentrakreasi.storefront.testing.PostgresServer;

/**
 * The applications the black-box ITs share, each started on first use and up for every IT class
 * of the run: the embedded default (H2 and Lucene), and the scale-out setup: two instances on one
 * real PostgreSQL database and one index on the real Elasticsearch test server, the second
 * reaching Elasticsearch through a proxy that a test can cut.
 */
public final class Applications {

    private static RunningApplication h2;
    private static RunningApplication postgresql;
    private static List<String> scaleOutOptions;
    private static RunningApplication secondInstance;
    private static CuttableProxy secondInstanceSearchLine;

    private Applications() {
    }

    public static synchronized RunningApplication h2() {
        if (h2 == null) {
            h2 = RunningApplication.start("app-h2", freshDataDir("h2"), List.of());
        }
        return h2;
    }

    /** The first instance of the scale-out setup (PostgreSQL and Elasticsearch). */
    public static synchronized RunningApplication postgresql() {
        if (postgresql == null) {
            scaleOutOptions = new ArrayList<>(PostgresServer.newDatabase().applicationOptions());
            scaleOutOptions.add("-Dsentrakreasi.search.index=it-app-products");
            postgresql = RunningApplication.start("app-postgresql", freshDataDir("postgresql"),
                    withSearchAt(ElasticsearchTestServer.url()));
        }
        return postgresql;
    }

    /** A second instance on the same database and index; its line to Elasticsearch can be cut. */
    public static synchronized RunningApplication postgresqlSecondInstance() {
        if (secondInstance == null) {
            postgresql();
            secondInstanceSearchLine = CuttableProxy.to(ElasticsearchTestServer.url());
            secondInstance = RunningApplication.start("app-postgresql-2", freshDataDir("postgresql-2"),
                    withSearchAt(secondInstanceSearchLine.url()));
        }
        return secondInstance;
    }

    static synchronized CuttableProxy secondInstanceSearchLine() {
        postgresqlSecondInstance();
        return secondInstanceSearchLine;
    }

    private static List<String> withSearchAt(String elasticsearchUrl) {
        List<String> options = new ArrayList<>(scaleOutOptions);
        options.add("-Dsentrakreasi.search.backend=elasticsearch");
        options.add("-Dsentrakreasi.search.url=" + elasticsearchUrl);
        return options;
    }

    static Path freshDataDir(String name) {
        return Path.of(System.getProperty("it.workDir", "target"), "it-data", name + "-" + System.nanoTime())
                .toAbsolutePath();
    }
}
