package org.sentrakreasi.catalog.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Readable URL fragments such as {@code keripik-singkong-balado}. */
public final class Slug {

    private static final int MAX_LENGTH = 100;
    // Compiled once: a bulk import makes a slug per row.
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("(^-+)|(-+$)");
    private static final Pattern TRAILING_DASHES = Pattern.compile("-+$");

    private Slug() {
    }

    /** A slug that ends in {@code suffix} whole, however long the text: unique when the suffix is. */
    public static String of(String text, String suffix) {
        String tail = of(suffix);
        String head = of(text);
        int room = MAX_LENGTH - tail.length() - 1;
        if (head.length() > room) {
            head = TRAILING_DASHES.matcher(head.substring(0, Math.max(1, room))).replaceAll("");
        }
        return head + "-" + tail;
    }

    public static String of(String text) {
        String ascii = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String dashed = NOT_ALPHANUMERIC.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
        String slug = EDGE_DASHES.matcher(dashed).replaceAll("");
        if (slug.length() > MAX_LENGTH) {
            slug = TRAILING_DASHES.matcher(slug.substring(0, MAX_LENGTH)).replaceAll("");
        }
        return slug.isEmpty() ? "item" : slug;
    }
}
