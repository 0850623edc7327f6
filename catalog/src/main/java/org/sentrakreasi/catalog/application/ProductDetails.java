package org.sentrakreasi.catalog.application;

import java.util.List;

/** Everything a shopper may see of one published product (API.md: ProductDetails). */
public record ProductDetails(
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
        String description,
        String story,
        int stock,
        List<String> images,
        UnitRef unit) {
}
