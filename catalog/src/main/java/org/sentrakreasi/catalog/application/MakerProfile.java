package org.sentrakreasi.catalog.application;

import java.util.List;

/**
 * A maker's public profile (API.md: GET /api/v1/makers/{id}): exactly the consented fields, each
 * null when not consented ({@code name} is then "Pengrajin" and the unit's name), and the maker's
 * published products, newest first.
 */
public record MakerProfile(
        String id,
        String slug,
        String name,
        String photoUrl,
        String story,
        String region,
        UnitRef unit,
        List<ProductSummary> products) {
}
