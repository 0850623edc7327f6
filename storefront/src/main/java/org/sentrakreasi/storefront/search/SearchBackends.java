package org.sentrakreasi.storefront.search;

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
import org.sentrakreasi.storefront.config.ConfigKeys;

/**
 * The search backend named by {@code sentrakreasi.search.backend}: {@code database} (plain
 * queries, no index). Engine backends answer through a database fallback.
 */
@ApplicationScoped
public class SearchBackends {

    static final String DATABASE = "database";

    @Inject
    @ConfigProperty(name = ConfigKeys.SEARCH_BACKEND)
    String backend;

    @Inject
    DatabaseProductSearch database;

    @Produces
    @ApplicationScoped
    SearchIndex index() {
        return switch (backend.strip().toLowerCase(Locale.ROOT)) {
            case DATABASE -> new DatabaseOnlySearchIndex();
            default -> throw unknownBackend();
        };
    }

    @Produces
    @ApplicationScoped
    ProductSearch search() {
        return switch (backend.strip().toLowerCase(Locale.ROOT)) {
            case DATABASE -> new FallbackProductSearch(database, database);
            default -> throw unknownBackend();
        };
    }

    private IllegalStateException unknownBackend() {
        return new IllegalStateException("Unknown " + ConfigKeys.SEARCH_BACKEND + " '" + backend
                + "': use " + DATABASE);
    }
}
