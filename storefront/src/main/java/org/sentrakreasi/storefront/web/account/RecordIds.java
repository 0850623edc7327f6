package org.sentrakreasi.storefront.web.account;

import org.sentrakreasi.vocational.domain.RecordNotFoundException;

/** Reads a record id from a page address; anything but a number is a record that does not exist (404). */
public final class RecordIds {

    private RecordIds() {
    }

    public static long parse(String kind, String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new RecordNotFoundException(kind, -1);
        }
    }
}
