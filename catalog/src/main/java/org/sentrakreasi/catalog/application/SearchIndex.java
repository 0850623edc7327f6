package org.sentrakreasi.catalog.application;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Port: the write side of the search read model. The database stays the source of truth; an
 * index can always be rebuilt from it.
 */
public interface SearchIndex {

    /**
     * Adds or replaces documents, each on its own: one bad document does not stop the others.
     *
     * @return the ids that could not be indexed (to be retried)
     */
    Set<String> upsert(Collection<ProductDocument> documents);

    /** Removes documents by id; unknown ids are ignored. @return the ids that could not be removed */
    Set<String> delete(Collection<String> ids);

    /**
     * Builds a complete new index from the given documents and then switches readers to it in one
     * step (an alias swap on Elasticsearch); searches keep using the old index until the switch.
     */
    void rebuild(Stream<ProductDocument> allPublished);

    /** True when the index is missing or was built with another mapping version. */
    boolean needsRebuild();

    /** True when the engine answers now. */
    boolean isAvailable();
}
