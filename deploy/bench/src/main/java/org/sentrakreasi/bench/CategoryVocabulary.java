package org.sentrakreasi.bench;

import java.util.List;

/**
 * The words one category's listings are made of: product lines with their variants (flavour, motif,
 * material, origin), qualifiers such as a size or pack, first sentences of a description, and the
 * price band in rupiah. {@code {region}} in a sentence is replaced by the listing's region.
 */
record CategoryVocabulary(String code, List<ProductLine> lines, List<String> qualifiers, List<String> sentences,
                          long minPrice, long maxPrice, long priceStep) {

    /** A product and the variants it is really sold in, so that names stay plausible ("Kopi Robusta Temanggung"). */
    record ProductLine(String base, List<String> variants) {

        static ProductLine of(String base, String... variants) {
            return new ProductLine(base, List.of(variants));
        }
    }
}
