package org.sentrakreasi.catalog.infrastructure.search.elasticsearch;

import java.time.Instant;
import org.sentrakreasi.catalog.application.ProductDocument;

/**
 * A product as stored in the index: the fields of {@link ProductDocument}, the publication time as
 * ISO-8601 text, and the id once more as a number for the sort tie-breaks ("numeric id").
 */
record IndexedProduct(
        String id,
        Long idNumber,
        String slug,
        String name,
        String description,
        String story,
        String materials,
        String category,
        String categoryLabelId,
        String categoryLabelEn,
        String region,
        String makerId,
        String makerName,
        String unitId,
        long price,
        int stock,
        String publishedAt,
        String imageUrl) {

    static IndexedProduct of(ProductDocument d) {
        return new IndexedProduct(d.id(), numeric(d.id()), d.slug(), d.name(), d.description(), d.story(),
                d.materials(), d.category(), d.categoryLabelId(), d.categoryLabelEn(), d.region(), d.makerId(),
                d.makerName(), d.unitId(), d.price(), d.stock(),
                d.publishedAt() == null ? null : d.publishedAt().toString(), d.imageUrl());
    }

    ProductDocument toDocument() {
        return new ProductDocument(id, slug, name, description, story, materials, category, categoryLabelId,
                categoryLabelEn, region, makerId, makerName, unitId, price, stock,
                publishedAt == null ? null : Instant.parse(publishedAt), imageUrl);
    }

    /** Catalog ids are decimal numbers; anything else sorts last among equals. */
    private static Long numeric(String id) {
        return id != null && id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
    }
}
