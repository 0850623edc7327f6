package org.sentrakreasi.catalog.infrastructure.search.elasticsearch;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A rebuild in progress: the new index, and the products that upserts and deletes changed while it
 * is being filled. Those writes go to the new index too and win over the rebuild stream, which may
 * have read the products before they changed, so the alias swap loses no change.
 */
final class Rebuild {

    private final String index;
    private final Set<String> changedMeanwhile = ConcurrentHashMap.newKeySet();
    private final Set<String> deletedMeanwhile = ConcurrentHashMap.newKeySet();

    Rebuild(String index) {
        this.index = index;
    }

    String index() {
        return index;
    }

    void upserted(Collection<String> ids) {
        changedMeanwhile.addAll(ids);
        deletedMeanwhile.removeAll(ids);
    }

    void deleted(Collection<String> ids) {
        changedMeanwhile.addAll(ids);
        deletedMeanwhile.addAll(ids);
    }

    /** The stream's copy of such a product is stale: the write made meanwhile stands. */
    boolean changedMeanwhile(String id) {
        return changedMeanwhile.contains(id);
    }

    /** Deleted during the rebuild (and not upserted again): to delete once more after the stream. */
    List<String> deletedMeanwhile() {
        return List.copyOf(deletedMeanwhile);
    }
}
