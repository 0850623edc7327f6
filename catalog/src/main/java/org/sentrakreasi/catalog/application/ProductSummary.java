package org.sentrakreasi.catalog.application;

/** A product as it appears in lists and cards (API.md: ProductSummary). */
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
        String imageUrl) {

    public static final String CURRENCY = "IDR";
}
