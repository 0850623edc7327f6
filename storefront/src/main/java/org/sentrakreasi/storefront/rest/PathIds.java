package org.sentrakreasi.storefront.rest;

import jakarta.ws.rs.NotFoundException;

/** Ids in paths arrive as text: one that is no number names nothing, so 404 like an unknown number. */
final class PathIds {

    private PathIds() {
    }

    static long parse(String kind, String text) {
        if (text == null || !text.strip().matches("\\d{1,18}")) {
            throw new NotFoundException("No " + kind + " with that id");
        }
        return Long.parseLong(text.strip());
    }
}
