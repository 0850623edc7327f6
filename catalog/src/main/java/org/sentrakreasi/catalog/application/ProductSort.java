package org.sentrakreasi.catalog.application;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The orders a shopper can ask for; the API spells them in lower case. */
public enum ProductSort {
    RELEVANCE, NEWEST, PRICE_ASC, PRICE_DESC;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ProductSort> fromApiName(String text) {
        return Arrays.stream(values()).filter(s -> s.apiName().equals(text)).findFirst();
    }
}
