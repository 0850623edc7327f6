package org.sentrakreasi.catalog.infrastructure.search.elasticsearch;

import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import java.util.List;
import java.util.Map;

/**
 * The highlighted snippet of a hit: the whole name when a typed word matched it, otherwise the
 * best passage of the description. The {@code html} encoder escapes the text, so the snippet is safe
 * to render with only the {@code <mark>} tags as markup.
 */
final class Highlights {

    private static final String NAME = "name";
    private static final String DESCRIPTION = "description";
    private static final int DESCRIPTION_FRAGMENT_CHARS = 160;

    private Highlights() {
    }

    static Highlight request() {
        return Highlight.of(h -> h.encoder(HighlighterEncoder.Html)
                .preTags("<mark>").postTags("</mark>")
                .fields(NAME, f -> f.numberOfFragments(0))
                .fields(DESCRIPTION, f -> f.fragmentSize(DESCRIPTION_FRAGMENT_CHARS).numberOfFragments(1)));
    }

    /** The snippet for one hit, or null when neither name nor description matched. */
    static String snippet(Map<String, List<String>> highlight) {
        for (String field : List.of(NAME, DESCRIPTION)) {
            List<String> fragments = highlight.getOrDefault(field, List.of());
            if (!fragments.isEmpty()) {
                return fragments.get(0);
            }
        }
        return null;
    }
}
