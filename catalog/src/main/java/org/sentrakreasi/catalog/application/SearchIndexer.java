package org.sentrakreasi.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Keeps the search index in step with the database: drains the outbox in batches (per-item
 * failures are retried with exponential backoff) and rebuilds the whole index on demand.
 */
@ApplicationScoped
public class SearchIndexer {

    /**
     * How long a claim holds. A batch takes seconds; the lease only matters when an instance dies
     * holding a claim, and then decides how soon another instance (or the restarted one) takes over.
     */
    static final Duration LEASE = Duration.ofSeconds(30);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(10);
    private static final int REBUILD_BATCH = 500;
    private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());

    private SearchOutbox outbox;
    private SearchDocuments documents;
    private SearchIndex index;
    private Clock clock;

    protected SearchIndexer() {
        // for CDI proxies
    }

    @Inject
    public SearchIndexer(SearchOutbox outbox, SearchDocuments documents, SearchIndex index, Clock clock) {
        this.outbox = outbox;
        this.documents = documents;
        this.index = index;
        this.clock = clock;
    }

    /** What one pass over the outbox did: entries claimed, and of those, indexed (the rest wait for a retry). */
    public record Drained(int claimed, int indexed) {
    }

    /** Indexes one batch of due outbox entries. */
    public Drained drainOnce(int batchSize) {
        Instant now = clock.instant();
        List<SearchOutbox.OutboxEntryView> entries =
                outbox.claim(UUID.randomUUID().toString(), batchSize, now, now.plus(LEASE));
        if (entries.isEmpty()) {
            return new Drained(0, 0);
        }
        Set<Long> productIds = new HashSet<>();
        entries.forEach(entry -> productIds.add(entry.productId()));
        Set<String> failed = new HashSet<>();
        String error = "the index rejected the document";
        try {
            failed.addAll(writeCurrent(productIds));
        } catch (RuntimeException e) {
            productIds.forEach(id -> failed.add(String.valueOf(id)));
            error = e.toString();
            LOG.log(Level.WARNING, "Indexing a batch failed; it will be retried: {0}", error);
        }
        List<Long> done = entries.stream().filter(e -> !failed.contains(String.valueOf(e.productId())))
                .map(SearchOutbox.OutboxEntryView::id).toList();
        outbox.complete(done);
        List<SearchOutbox.OutboxEntryView> retry = entries.stream()
                .filter(e -> failed.contains(String.valueOf(e.productId()))).toList();
        for (SearchOutbox.OutboxEntryView entry : retry) {
            outbox.retryLater(List.of(entry.id()), error, clock.instant(), backoff(entry.attempts()));
        }
        return new Drained(entries.size(), done.size());
    }

    /**
     * Writes these products' documents as the caller's transaction sees them, without waiting for
     * the drain: a withdrawn consent leaves search at once (DOMAIN.md), not a second later. Best
     * effort: the same change is in the outbox too, so a failure here is only logged, and the drain
     * brings the index in step.
     */
    public void indexNow(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return;
        }
        try {
            writeCurrent(productIds);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Indexing {0} products at once failed; the outbox will: {1}",
                    new Object[] {productIds.size(), e.toString()});
        }
    }

    /** Writes these products as the database has them now (unpublished ones are deleted); @return the ids the index refused */
    private Set<String> writeCurrent(Collection<Long> productIds) {
        SearchDocuments.Changes changes = documents.changesFor(productIds);
        Set<String> failed = new HashSet<>(index.upsert(changes.upserts()));
        failed.addAll(index.delete(changes.deletes()));
        return failed;
    }

    /** Drains until nothing is due. @return how many entries were indexed */
    public long drainAll(int batchSize) {
        long indexed = 0;
        Drained drained;
        do {
            drained = drainOnce(batchSize);
            indexed += drained.indexed();
        } while (drained.claimed() > 0);
        return indexed;
    }

    /** Rebuilds the index from every published product, a batch per transaction, then switches to it. */
    public void rebuild() {
        long started = System.nanoTime();
        index.rebuild(allPublished());
        LOG.info(() -> "Search index rebuilt in " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
    }

    public boolean needsRebuild() {
        return index.needsRebuild();
    }

    /** 1 s, 2 s, 4 s, … up to ten minutes. */
    static Duration backoff(int previousAttempts) {
        long seconds = 1L << Math.min(previousAttempts, 20);
        Duration backoff = Duration.ofSeconds(seconds);
        return backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff;
    }

    private Stream<ProductDocument> allPublished() {
        Iterator<ProductDocument> batches = new Iterator<>() {
            private List<ProductDocument> batch = List.of();
            private int position;
            private long lastId;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (position < batch.size()) {
                    return true;
                }
                if (exhausted) {
                    return false;
                }
                batch = documents.publishedAfter(lastId, REBUILD_BATCH);
                position = 0;
                exhausted = batch.size() < REBUILD_BATCH;
                if (!batch.isEmpty()) {
                    lastId = Long.parseLong(batch.get(batch.size() - 1).id());
                }
                return !batch.isEmpty();
            }

            @Override
            public ProductDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return batch.get(position++);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(batches, Spliterator.ORDERED), false);
    }
}
