package org.sentrakreasi.catalog.application;

import java.util.List;

/**
 * One page of a product listing with the facets of the whole result. {@code degraded} is true when
 * the search engine was unreachable and the answer came from a plain database query instead
 * (no relevance ranking, no typo tolerance).
 */
public record ProductPage(long total, int page, int size, List<ProductSummary> items, Facets facets, boolean degraded) {

    public ProductPage(long total, int page, int size, List<ProductSummary> items, Facets facets) {
        this(total, page, size, items, facets, false);
    }

    public ProductPage asDegraded() {
        return new ProductPage(total, page, size, items, facets, true);
    }
}
