package org.sentrakreasi.catalog.domain;

import java.text.Normalizer;
import java.util.Locale;

/** Readable URL fragments such as {@code keripik-singkong-balado}. */
public final class Slug {

    private static final int MAX_LENGTH = 100;

    private Slug() {
    }

    /** A slug that ends in {@code suffix} whole, however long the text: unique when the suffix is. */
    public static String of(String text, String suffix) {
        String tail = of(suffix);
        String head = of(text);
        int room = MAX_LENGTH - tail.length() - 1;
        if (head.length() > room) {
            head = head.substring(0, Math.max(1, room)).replaceAll("-+$", "");
        }
        return head + "-" + tail;
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
