package org.sentrakreasi.catalog.infrastructure.search;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Stream;
import org.sentrakreasi.catalog.application.ProductDocument;
import org.sentrakreasi.catalog.application.SearchIndex;

/**
 * The index of the {@code database} search backend: there is none, searches read the tables, so
 * every change is already "indexed" when it commits.
 */
public final class DatabaseOnlySearchIndex implements SearchIndex {

    @Override
    public Set<String> upsert(Collection<ProductDocument> documents) {
        return Set.of();
    }

    @Override
    public Set<String> delete(Collection<String> ids) {
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
        return true;
    }
}
