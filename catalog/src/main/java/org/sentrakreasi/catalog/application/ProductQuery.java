package org.sentrakreasi.catalog.application;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What a shopper asks of the public catalog. Absent filters are null. The sort defaults to
 * relevance when there is a text query, otherwise to newest first.
 */
public record ProductQuery(
        @Size(max = 200) String q,
        @Size(max = 40) String category,
        @Size(max = 120) String region,
        Long maker,
        @PositiveOrZero Long minPrice,
        @PositiveOrZero Long maxPrice,
        ProductSort sort,
        @Min(0) int page,
        @Min(1) @Max(MAX_SIZE) int size) {

    public static final int DEFAULT_SIZE = 24;
    public static final int MAX_SIZE = 100;
    /**
     * How deep a shopper may page: Elasticsearch refuses a page that ends past its
     * {@code index.max_result_window} (10,000 by default), and both engines must answer alike. Nobody
     * pages that far; a narrower search finds the rest.
     */
    public static final int MAX_RESULT_WINDOW = 10_000;

    public static ProductQuery firstPage(int size) {
        return new ProductQuery(null, null, null, null, null, null, null, 0, size);
    }

    public boolean hasText() {
        return q != null && !q.isBlank();
    }

    public ProductSort effectiveSort() {
        if (sort != null) {
            return sort;
        }
        return hasText() ? ProductSort.RELEVANCE : ProductSort.NEWEST;
    }

    /** Only for a query {@link #isWithinResultWindow() within the result window}, so it cannot overflow. */
    public int offset() {
        return page * size;
    }

    @AssertTrue(message = "{sentrakreasi.validation.resultWindow}")
    public boolean isWithinResultWindow() {
        return (long) page * size + size <= MAX_RESULT_WINDOW;
    }

    @AssertTrue(message = "{sentrakreasi.validation.priceRange}")
    public boolean isPriceRangeOrdered() {
        return minPrice == null || maxPrice == null || minPrice <= maxPrice;
    }
}
