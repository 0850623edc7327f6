package org.sentrakreasi.catalog.infrastructure.search.elasticsearch;

import java.time.Instant;
import org.sentrakreasi.catalog.application.ProductDocument;

/**
 * A product as stored in the index: the fields of {@link ProductDocument}, the publication time as
 * ISO-8601 text, and the id once more for the {@code long} field {@code idNumber} that the sorts end
 * on. Catalog ids are decimal numbers; Elasticsearch refuses a document whose id is not, and the
 * write reports that id as failed.
 */
record IndexedProduct(
        String id,
        String idNumber,
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
        return new IndexedProduct(d.id(), d.id(), d.slug(), d.name(), d.description(), d.story(),
                d.materials(), d.category(), d.categoryLabelId(), d.categoryLabelEn(), d.region(), d.makerId(),
                d.makerName(), d.unitId(), d.price(), d.stock(),
                d.publishedAt() == null ? null : d.publishedAt().toString(), d.imageUrl());
    }

    ProductDocument toDocument() {
        return new ProductDocument(id, slug, name, description, story, materials, category, categoryLabelId,
                categoryLabelEn, region, makerId, makerName, unitId, price, stock,
                publishedAt == null ? null : Instant.parse(publishedAt), imageUrl);
    }
}
