package org.sentrakreasi.catalog.application;

import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Searches with the engine and, when it cannot answer or its index is not built yet, with the
 * database: shoppers keep browsing while the engine is down or rebuilding from scratch, and the
 * page says {@code degraded}.
 */
public final class FallbackProductSearch implements ProductSearch {

    private static final Logger LOG = Logger.getLogger(FallbackProductSearch.class.getName());

    private final ProductSearch engine;
    private final SearchIndex engineIndex;
    private final ProductSearch database;

    public FallbackProductSearch(ProductSearch engine, SearchIndex engineIndex, ProductSearch database) {
        this.engine = engine;
        this.engineIndex = engineIndex;
        this.database = database;
    }

    @Override
    public ProductPage search(ProductQuery query, Locale locale) {
        try {
            if (engineIndex.needsRebuild()) {
                return database.search(query, locale).asDegraded();
            }
            return engine.search(query, locale);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Search engine unavailable, answering from the database: {0}", e.toString());
            return database.search(query, locale).asDegraded();
        }
    }

    @Override
    public List<String> suggest(String prefix, Locale locale, int limit) {
        try {
            if (engineIndex.needsRebuild()) {
                return database.suggest(prefix, locale, limit);
            }
            return engine.suggest(prefix, locale, limit);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Search engine unavailable for suggestions: {0}", e.toString());
            return database.suggest(prefix, locale, limit);
        }
    }
}
