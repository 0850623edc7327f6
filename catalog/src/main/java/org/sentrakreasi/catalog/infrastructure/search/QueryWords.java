package org.sentrakreasi.catalog.infrastructure.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;

/**
 * The words of a shopper's query as both search adapters treat them: split where the standard
 * tokenizer splits ordinary text (at anything but letters and digits), with Indonesian stop words
 * ("dan", "yang", …) left out, since they say nothing about a product and every word must match.
 * Shared so that Lucene and Elasticsearch build the same query from the same words.
 */
public final class QueryWords {

    private static final CharArraySet STOP_WORDS = IndonesianAnalyzer.getDefaultStopSet();

    private QueryWords() {
    }

    /** The words of {@code text}, stop words included (for completing what was typed). */
    public static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** The words of {@code text} that must match, stop words left out. */
    public static List<String> searchable(String text) {
        return split(text).stream().filter(w -> !STOP_WORDS.contains(w.toLowerCase(Locale.ROOT))).toList();
    }
}
