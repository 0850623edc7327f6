package org.sentrakreasi.catalog.infrastructure.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.sentrakreasi.catalog.application.ProductDocument;

/**
 * Bulk writes with per-item results, and full rebuilds. Upserts and deletes go through the alias and
 * are refreshed before they return (outbox batches are small, and makers expect to find what they
 * just published); while a rebuild runs they go to its new index as well.
 */
final class IndexWrites {

    private static final System.Logger LOG = System.getLogger(IndexWrites.class.getName());
    private static final int REBUILD_BATCH = 500;
    private static final int CONFLICT = 409;

    private final ElasticsearchClient client;
    private final IndexAlias alias;
    /** Writers share it; starting or ending a rebuild takes it exclusively, so no write misses the new index. */
    private final ReadWriteLock rebuildState = new ReentrantReadWriteLock();
    private final Lock oneRebuildAtATime = new ReentrantLock();
    private Rebuild rebuilding;

    IndexWrites(ElasticsearchClient client, IndexAlias alias) {
        this.client = client;
        this.alias = alias;
    }

    Set<String> upsert(Collection<ProductDocument> documents) {
        List<ProductDocument> valid = documents.stream().filter(Objects::nonNull).filter(IndexWrites::hasId).toList();
        if (valid.isEmpty()) {
            return Set.of();
        }
        List<String> ids = valid.stream().map(ProductDocument::id).toList();
        List<BulkOperation> operations = valid.stream()
                .map(d -> BulkOperation.of(op -> op.index(i -> i.id(d.id()).document(IndexedProduct.of(d)))))
                .toList();
        rebuildState.readLock().lock();
        try {
            Set<String> failed = bulkThroughAlias(operations, ids);
            if (rebuilding != null) {
                rebuilding.upserted(ids);
                failed.addAll(bulk(rebuilding.index(), operations, ids));
            }
            return failed;
        } finally {
            rebuildState.readLock().unlock();
        }
    }

    Set<String> delete(Collection<String> ids) {
        List<String> valid = ids.stream().filter(Objects::nonNull).toList();
        if (valid.isEmpty()) {
            return Set.of();
        }
        List<BulkOperation> operations = valid.stream()
                .map(id -> BulkOperation.of(op -> op.delete(d -> d.id(id))))
                .toList();
        rebuildState.readLock().lock();
        try {
            Set<String> failed = bulkThroughAlias(operations, valid);
            if (rebuilding != null) {
                rebuilding.deleted(valid);
                failed.addAll(bulk(rebuilding.index(), operations, valid));
            }
            return failed;
        } finally {
            rebuildState.readLock().unlock();
        }
    }

    /**
     * Fills a new index from the stream and swaps the alias to it; the old index is deleted after.
     * Documents that Elasticsearch refuses are skipped (and logged), as an upsert would report them.
     * On failure the new index is dropped and readers keep the current one.
     */
    void rebuild(Stream<ProductDocument> documents) throws IOException {
        oneRebuildAtATime.lock();
        try {
            Rebuild rebuild = new Rebuild(alias.createForRebuild());
            setRebuilding(rebuild);
            List<String> previous;
            try {
                fill(rebuild, documents);
                bulk(rebuild.index(), rebuild.deletedMeanwhile().stream()
                        .map(id -> BulkOperation.of(op -> op.delete(d -> d.id(id)))).toList(), List.of());
                client.indices().refresh(r -> r.index(rebuild.index()));
                previous = alias.swapTo(rebuild.index());
            } catch (IOException | RuntimeException e) {
                setRebuilding(null);
                dropQuietly(rebuild.index(), e);
                throw e;
            }
            setRebuilding(null);
            alias.delete(previous);
        } finally {
            oneRebuildAtATime.unlock();
        }
    }

    private void fill(Rebuild rebuild, Stream<ProductDocument> documents) throws IOException {
        int added = 0;
        List<String> skipped = new ArrayList<>();
        Iterator<ProductDocument> iterator = documents.iterator();
        List<BulkOperation> batch = new ArrayList<>(REBUILD_BATCH);
        while (iterator.hasNext()) {
            ProductDocument document = iterator.next();
            if (document != null && hasId(document) && !rebuild.changedMeanwhile(document.id())) {
                // "create": a concurrent upsert that reached the new index first stays.
                batch.add(BulkOperation.of(op -> op.create(c -> c.id(document.id()).document(IndexedProduct.of(document)))));
            }
            if (batch.size() == REBUILD_BATCH || (!iterator.hasNext() && !batch.isEmpty())) {
                List<BulkOperation> operations = List.copyOf(batch);
                BulkResponse response = client.bulk(b -> b.index(rebuild.index()).operations(operations));
                for (BulkResponseItem item : response.items()) {
                    if (item.error() == null) {
                        added++;
                    } else if (item.status() != CONFLICT) {
                        skipped.add(item.id());
                        LOG.log(Level.WARNING, "Search index rebuild skips product {0}: {1}", item.id(),
                                abbreviated(item.error().reason()));
                    }
                }
                batch.clear();
            }
        }
        LOG.log(Level.INFO, "Search index {0} rebuilt into {1}: {2} products, {3} skipped {4}",
                alias.name(), rebuild.index(), added, skipped.size(), skipped);
    }

    private Set<String> bulkThroughAlias(List<BulkOperation> operations, List<String> ids) {
        try {
            alias.ensureExists();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Search index " + alias.name() + " unreachable, " + ids.size() + " writes failed", e);
            return new LinkedHashSet<>(ids);
        }
        return bulk(alias.name(), operations, ids);
    }

    /** @return the ids of the operations that failed: each refused item, or all of them when the request failed */
    private Set<String> bulk(String target, List<BulkOperation> operations, List<String> ids) {
        Set<String> failed = new LinkedHashSet<>();
        if (operations.isEmpty()) {
            return failed;
        }
        boolean viaAlias = target.equals(alias.name());
        try {
            BulkResponse response = client.bulk(b -> b.index(target).requireAlias(viaAlias)
                    .refresh(viaAlias ? Refresh.True : Refresh.False).operations(operations));
            for (BulkResponseItem item : response.items()) {
                // A delete of an id that is not in the index has no error: nothing to retry.
                if (item.error() != null) {
                    LOG.log(Level.WARNING, "Search index {0} refused {1} of product {2}: {3}", target,
                            item.operationType(), item.id(), abbreviated(item.error().reason()));
                    failed.add(item.id());
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Bulk write of " + ids.size() + " products to " + target + " failed", e);
            failed.addAll(ids);
        }
        return failed;
    }

    private void setRebuilding(Rebuild rebuild) {
        rebuildState.writeLock().lock();
        try {
            rebuilding = rebuild;
        } finally {
            rebuildState.writeLock().unlock();
        }
    }

    private void dropQuietly(String index, Exception cause) {
        try {
            alias.delete(List.of(index));
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private static boolean hasId(ProductDocument document) {
        if (document.id() == null || document.id().isBlank()) {
            // Nothing to report back by: the outbox always has ids, so this is a programming error.
            LOG.log(Level.WARNING, "Not indexing a product document without id: {0}", document.name());
            return false;
        }
        return true;
    }

    /** Error reasons can quote a whole field value. */
    private static String abbreviated(String reason) {
        return reason == null || reason.length() <= 300 ? reason : reason.substring(0, 300) + "…";
    }
}
