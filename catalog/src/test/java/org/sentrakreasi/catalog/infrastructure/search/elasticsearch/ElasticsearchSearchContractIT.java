package org.sentrakreasi.catalog.infrastructure.search.elasticsearch;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.sentrakreasi.catalog.application.ProductSearch;
import org.sentrakreasi.catalog.application.SearchIndex;
import org.sentrakreasi.catalog.infrastructure.search.SearchContract;

/** The search contract, met by Elasticsearch: each test gets its own alias (index prefix) on the shared test server. */
class ElasticsearchSearchContractIT extends SearchContract {

    private static final AtomicInteger TESTS = new AtomicInteger();

    private String prefix;
    private ElasticsearchCatalogIndex elasticsearch;

    @BeforeEach
    void open() {
        prefix = "contract-" + TESTS.incrementAndGet();
        ElasticsearchTestServer.deleteIndices(prefix + "-");
        elasticsearch = new ElasticsearchCatalogIndex(ElasticsearchTestServer.url(), prefix);
    }

    @AfterEach
    void close() {
        elasticsearch.close();
        ElasticsearchTestServer.deleteIndices(prefix + "-");
    }

    @Override
    protected SearchIndex index() {
        return elasticsearch;
    }

    @Override
    protected ProductSearch search() {
        return elasticsearch;
    }
}
