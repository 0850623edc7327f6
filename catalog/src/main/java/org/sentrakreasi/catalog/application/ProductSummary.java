package org.sentrakreasi.catalog.application;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * A product as it appears in lists and cards (API.md: ProductSummary). {@code highlight} is an
 * HTML-safe snippet with the matched words in {@code <mark>}; null without a text query, and then
 * left out. The fields API.md lists are always there, {@code null} when empty (no region shown, no photo).
 */
public record ProductSummary(
        String id,
        String slug,
        String name,
        long price,
        String currency,
        String category,
        @JsonbNillable String region,
        MakerRef maker,
        boolean inStock,
        @JsonbNillable String imageUrl,
        String highlight) {

    public static final String CURRENCY = "IDR";
}
