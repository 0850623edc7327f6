package org.sentrakreasi.catalog.application;

import java.time.Instant;
import java.util.List;

/** A listing as its maker and coordinators see it, in any status, with what moderation said. */
public record ManagedProduct(
        String id,
        String sku,
        String slug,
        String name,
        String description,
        String story,
        String materials,
        String category,
        long price,
        int stock,
        String status,
        String rejectionReason,
        MakerRef maker,
        String unitId,
        String region,
        List<String> images,
        long version,
        Instant createdAt,
        Instant publishedAt) {
}
