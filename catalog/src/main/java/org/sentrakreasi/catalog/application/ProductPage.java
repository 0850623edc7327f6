package org.sentrakreasi.catalog.application;

import jakarta.json.bind.annotation.JsonbTransient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One page of a product listing with the facets of the whole result. {@code degraded} is true when
 * the search engine was unreachable and the answer came from a plain database query instead
 * (no relevance ranking, no typo tolerance). {@code engineTime} is how long the search engine
 * itself took (Lucene's search, Elasticsearch's {@code took}), for comparing the API's overhead
 * with the engine; it is not part of the public JSON.
 */
public record ProductPage(long total, int page, int size, List<ProductSummary> items, Facets facets, boolean degraded,
                          @JsonbTransient Optional<Duration> engineTime) {

    public ProductPage(long total, int page, int size, List<ProductSummary> items, Facets facets) {
        this(total, page, size, items, facets, false, Optional.empty());
    }

    public ProductPage asDegraded() {
        return new ProductPage(total, page, size, items, facets, true, Optional.empty());
    }

    public ProductPage withEngineTime(Duration time) {
        return new ProductPage(total, page, size, items, facets, degraded, Optional.of(time));
    }
}
