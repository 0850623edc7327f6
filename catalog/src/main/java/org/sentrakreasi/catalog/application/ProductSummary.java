package org.sentrakreasi.catalog.application;

/**
 * A product as it appears in lists and cards (API.md: ProductSummary). {@code highlight} is an
 * HTML-safe snippet with the matched words in {@code <mark>}; null without a text query.
 */
public record ProductSummary(
        String id,
        String slug,
        String name,
        long price,
        String currency,
        String category,
        String region,
        MakerRef maker,
        boolean inStock,
        String imageUrl,
        String highlight) {

    public static final String CURRENCY = "IDR";
}
