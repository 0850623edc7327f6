package org.sentrakreasi.catalog.domain;

import java.text.Normalizer;
import java.util.Locale;

/** Readable URL fragments such as {@code keripik-singkong-balado}. */
public final class Slug {

    private static final int MAX_LENGTH = 100;

    private Slug() {
    }

    public static String of(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+)|(-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "item" : slug;
    }
}
