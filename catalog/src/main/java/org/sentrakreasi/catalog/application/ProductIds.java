package org.sentrakreasi.catalog.application;

import java.util.Optional;

/** Public ids are decimal strings; anything else simply names nothing. */
public final class ProductIds {

    private ProductIds() {
    }

    public static Optional<Long> parse(String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(id));
    }
}
