package org.sentrakreasi.catalog.application;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/**
 * Everything a shopper may see of one published product (API.md: ProductDetails). The fields API.md
 * lists are always there, {@code null} when empty.
 */
public record ProductDetails(
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
        @JsonbNillable String description,
        @JsonbNillable String story,
        int stock,
        List<String> images,
        UnitRef unit) {
}
