package org.sentrakreasi.catalog.application;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Searches with the engine and, when it cannot answer or its index is not built yet, with the
 * database: shoppers keep browsing while the engine is down or rebuilding from scratch, and the
 * page says {@code degraded}.
 */
public final class FallbackProductSearch implements ProductSearch {

    private static final Logger LOG = Logger.getLogger(FallbackProductSearch.class.getName());

    /** While the index is not built, how often to ask again (asking may cost the engine a round trip). */
    private static final long RECHECK_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final ProductSearch engine;
    private final SearchIndex engineIndex;
    private final ProductSearch database;

    public FallbackProductSearch(ProductSearch engine, SearchIndex engineIndex, ProductSearch database) {
        this.engine = engine;
        this.engineIndex = engineIndex;
        this.database = database;
    }

    private volatile boolean built;
    private volatile long nextCheck = System.nanoTime();

    /**
     * Whether the engine's index is complete. Once it is, it stays so for this process (a rebuild
     * switches to a complete index in one step), so searches stop asking: on Elasticsearch the
     * question costs HTTP calls, which do not belong on every search.
     */
    private boolean engineBuilt() {
        if (built) {
            return true;
        }
        long now = System.nanoTime();
        if (now - nextCheck < 0) {
            return false;
        }
        nextCheck = now + RECHECK_NANOS;
        built = !engineIndex.needsRebuild();
        return built;
    }

    @Override
    public ProductPage search(ProductQuery query, Locale locale) {
        try {
            if (!engineBuilt()) {
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
            if (!engineBuilt()) {
                return database.suggest(prefix, locale, limit);
            }
            return engine.suggest(prefix, locale, limit);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Search engine unavailable for suggestions: {0}", e.toString());
            return database.suggest(prefix, locale, limit);
        }
    }
}
