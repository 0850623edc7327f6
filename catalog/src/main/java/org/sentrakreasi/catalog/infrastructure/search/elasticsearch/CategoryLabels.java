package org.sentrakreasi.catalog.infrastructure.search.elasticsearch;

import java.util.Locale;

/** The two category labels of an indexed product, read back for the category facet. */
record CategoryLabels(String categoryLabelId, String categoryLabelEn) {

    static final String[] FIELDS = {"categoryLabelId", "categoryLabelEn"};

    /** The label in the shopper's language, as {@code Category.label(Locale)} picks it. */
    String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? categoryLabelEn : categoryLabelId;
    }

    static String field(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "categoryLabelEn" : "categoryLabelId";
    }
}
