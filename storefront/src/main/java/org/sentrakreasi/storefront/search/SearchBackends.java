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
import org.sentrakreasi.catalog.infrastructure.search.lucene.LuceneCatalogIndex;
import org.sentrakreasi.storefront.config.ConfigKeys;
import org.sentrakreasi.storefront.config.DataDirectory;

/**
 * The search backend named by {@code sentrakreasi.search.backend}: {@code lucene} (embedded index
 * under the data directory, the default) or {@code database} (plain queries, no index). Engine
 * searches fall back to the database when the engine cannot answer.
 */
@ApplicationScoped
public class SearchBackends {

    static final String LUCENE = "lucene";
    static final String DATABASE = "database";

    @Inject
    @ConfigProperty(name = ConfigKeys.SEARCH_BACKEND)
    String backend;

    @Inject
    DatabaseProductSearch database;

    @Inject
    DataDirectory dataDirectory;

    private LuceneCatalogIndex lucene;

    @Produces
    @ApplicationScoped
    SearchIndex index() {
        return switch (name()) {
            case LUCENE -> lucene();
            case DATABASE -> new DatabaseOnlySearchIndex();
            default -> throw unknownBackend();
        };
    }

    @Produces
    @ApplicationScoped
    ProductSearch search() {
        return switch (name()) {
            case LUCENE -> new FallbackProductSearch(lucene(), lucene(), database);
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

    private String name() {
        return backend.strip().toLowerCase(Locale.ROOT);
    }

    @PreDestroy
    synchronized void close() {
        if (lucene != null) {
            lucene.close();
        }
    }

    private IllegalStateException unknownBackend() {
        return new IllegalStateException("Unknown " + ConfigKeys.SEARCH_BACKEND + " '" + backend
                + "': use " + LUCENE + " or " + DATABASE);
    }
}
