package org.sentrakreasi.catalog.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sentrakreasi.catalog.testing.InMemorySearchOutbox;

/**
 * The indexer's bookkeeping: finished entries leave the outbox, failed ones come back later with a
 * growing delay. The outbox and index here are in-memory test doubles of the ports; the real
 * adapters are covered by their own integration tests.
 */
class SearchIndexerTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final InMemorySearchOutbox outbox = new InMemorySearchOutbox();
    private final FlakyIndex index = new FlakyIndex();
    private final SearchDocuments documents = new SearchDocuments(null) {
        @Override
        public Changes changesFor(Collection<Long> productIds) {
            List<ProductDocument> upserts = new ArrayList<>();
            List<String> deletes = new ArrayList<>();
            for (Long id : productIds) {
                if (id % 2 == 0) {
                    upserts.add(document(String.valueOf(id)));
                } else {
                    deletes.add(String.valueOf(id));
                }
            }
            return new Changes(upserts, deletes);
        }
    };
    private final SearchIndexer indexer = new SearchIndexer(outbox, documents, index,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void publishedProductsAreIndexedOthersRemovedAndTheOutboxEmptied() {
        outbox.productChanged(2);
        outbox.productChanged(3);
        assertThat(indexer.drainOnce(10)).isEqualTo(new SearchIndexer.Drained(2, 2));
        assertThat(index.upserted).containsExactly("2");
        assertThat(index.deleted).containsExactly("3");
        assertThat(outbox.pendingProductIds()).isEmpty();
    }

    @Test
    void aFailedDocumentStaysForALaterAttemptWithBackoffWhileTheOthersComplete() {
        index.rejecting.add("4");
        outbox.productChanged(2);
        outbox.productChanged(4);
        assertThat(indexer.drainOnce(10)).isEqualTo(new SearchIndexer.Drained(2, 1));
        assertThat(outbox.pendingProductIds()).containsExactly(4L);
        assertThat(outbox.dueTimes()).containsExactly(NOW.plusSeconds(1));
        assertThat(indexer.drainOnce(10).claimed()).as("not due yet").isZero();
    }

    @Test
    void anUnreachableEngineKeepsTheWholeBatch() {
        index.down = true;
        outbox.productChanged(2);
        outbox.productChanged(3);
        indexer.drainOnce(10);
        assertThat(outbox.pendingProductIds()).hasSize(2);
    }

    @Test
    void backoffDoublesUpToTenMinutes() {
        assertThat(SearchIndexer.backoff(0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(SearchIndexer.backoff(3)).isEqualTo(Duration.ofSeconds(8));
        assertThat(SearchIndexer.backoff(30)).isEqualTo(Duration.ofMinutes(10));
    }

    private static ProductDocument document(String id) {
        return new ProductDocument(id, "p-" + id, "Produk " + id, null, null, null, "makanan", "Makanan", "Food",
                "Kota Bekasi", "1", "Ibu Sari", "1", 1000, 1, NOW, null);
    }

    private static final class FlakyIndex implements SearchIndex {

        private final List<String> upserted = new ArrayList<>();
        private final List<String> deleted = new ArrayList<>();
        private final Set<String> rejecting = new HashSet<>();
        private boolean down;

        @Override
        public Set<String> upsert(Collection<ProductDocument> docs) {
            if (down) {
                throw new IllegalStateException("connection refused");
            }
            Set<String> failed = new HashSet<>();
            for (ProductDocument doc : docs) {
                if (rejecting.contains(doc.id())) {
                    failed.add(doc.id());
                } else {
                    upserted.add(doc.id());
                }
            }
            return failed;
        }

        @Override
        public Set<String> delete(Collection<String> ids) {
            deleted.addAll(ids);
            return Set.of();
        }

        @Override
        public void rebuild(Stream<ProductDocument> allPublished) {
            allPublished.close();
        }

        @Override
        public boolean needsRebuild() {
            return false;
        }

        @Override
        public boolean isAvailable() {
            return !down;
        }
    }
}
