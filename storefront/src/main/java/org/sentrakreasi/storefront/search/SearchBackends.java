package org.sentrakreasi.storefront.search;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sentrakreasi.catalog.application.FallbackProductSearch;
import org.sentrakreasi.catalog.application.ProductSearch;
import org.sentrakreasi.catalog.application.SearchIndex;
import org.sentrakreasi.catalog.infrastructure.persistence.DatabaseProductSearch;
import org.sentrakreasi.catalog.infrastructure.search.DatabaseOnlySearchIndex;
import org.sentrakreasi.catalog.infrastructure.search.elasticsearch.ElasticsearchCatalogIndex;
import org.sentrakreasi.catalog.infrastructure.search.lucene.LuceneCatalogIndex;
import org.sentrakreasi.storefront.config.ConfigKeys;
import org.sentrakreasi.storefront.config.DataDirectory;

/**
 * The search backend named by {@code sentrakreasi.search.backend}: {@code lucene} (embedded index
 * under the data directory, the default), {@code elasticsearch} (a cluster at
 * {@code sentrakreasi.search.url}, read through the alias {@code sentrakreasi.search.index}) or
 * {@code database} (plain queries, no index). Engine
 * searches fall back to the database when the engine cannot answer.
 */
@ApplicationScoped
public class SearchBackends {

    static final String LUCENE = "lucene";
    static final String ELASTICSEARCH = "elasticsearch";
    static final String DATABASE = "database";

    @Inject
    @ConfigProperty(name = ConfigKeys.SEARCH_BACKEND)
    String backend;

    @Inject
    DatabaseProductSearch database;

    @Inject
    DataDirectory dataDirectory;

    @Inject
    @ConfigProperty(name = ConfigKeys.SEARCH_URL)
    String elasticsearchUrl;

    @Inject
    @ConfigProperty(name = ConfigKeys.SEARCH_INDEX)
    String elasticsearchIndex;

    private LuceneCatalogIndex lucene;
    private ElasticsearchCatalogIndex elasticsearch;

    @Produces
    @ApplicationScoped
    SearchIndex index() {
        return switch (name()) {
            case LUCENE -> lucene();
            case ELASTICSEARCH -> elasticsearch();
            case DATABASE -> new DatabaseOnlySearchIndex();
            default -> throw unknownBackend();
        };
    }

    @Produces
    @ApplicationScoped
    ProductSearch search() {
        return switch (name()) {
            case LUCENE -> new FallbackProductSearch(lucene(), lucene(), database);
            case ELASTICSEARCH -> new FallbackProductSearch(elasticsearch(), elasticsearch(), database);
            case DATABASE -> new FallbackProductSearch(database, new DatabaseOnlySearchIndex(), database);
            default -> throw unknownBackend();
        };
    }

    private synchronized LuceneCatalogIndex lucene() {
        if (lucene == null) {
            lucene = new LuceneCatalogIndex(dataDirectory.folder("search/lucene"));
        }
        return lucene;
    }

    private synchronized ElasticsearchCatalogIndex elasticsearch() {
        if (elasticsearch == null) {
            elasticsearch = new ElasticsearchCatalogIndex(elasticsearchUrl, elasticsearchIndex);
        }
        return elasticsearch;
    }

    private String name() {
        return backend.strip().toLowerCase(Locale.ROOT);
    }

    @PreDestroy
    synchronized void close() {
        if (lucene != null) {
            lucene.close();
        }
        if (elasticsearch != null) {
            elasticsearch.close();
        }
    }

    private IllegalStateException unknownBackend() {
        return new IllegalStateException("Unknown " + ConfigKeys.SEARCH_BACKEND + " '" + backend
                + "': use " + LUCENE + ", " + ELASTICSEARCH + " or " + DATABASE);
    }
}
