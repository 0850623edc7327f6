package org.sentrakreasi.catalog.application;

import java.time.Instant;

/**
 * What a search index holds of one published product: public fields only, never anything from
 * the private beneficiary record. Enough to answer a search without touching the database.
 *
 * @param categoryLabelId category label in Bahasa Indonesia
 * @param categoryLabelEn category label in English
 * @param materials       free text, may be null
 */
public record ProductDocument(
        String id,
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
        Instant publishedAt,
        String imageUrl) {

    /** The summary shoppers see, with an optional highlighted snippet. */
    public ProductSummary summary(String highlight) {
        return new ProductSummary(id, slug, name, price, ProductSummary.CURRENCY, category, region,
                new MakerRef(makerId, makerName), stock > 0, imageUrl, highlight);
    }
}
