package org.sentrakreasi.catalog.infrastructure.search.elasticsearch;

import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import java.util.List;
import java.util.Map;
import org.sentrakreasi.catalog.infrastructure.search.HtmlText;

/**
 * The highlighted snippet of a hit, as the Lucene adapter makes it: the whole name when a typed word
 * matched it, else the description passage around the match, else the plain name. The {@code html}
 * encoder escapes the text, so the snippet is safe to render with only the {@code <mark>} tags as markup.
 */
final class Highlights {

    private static final String NAME = "name";
    private static final String DESCRIPTION = "description";
    /** About one line on a product card. */
    private static final int DESCRIPTION_SNIPPET_LENGTH = 140;

    private Highlights() {
    }

    static Highlight request() {
        return Highlight.of(h -> h.encoder(HighlighterEncoder.Html)
                .preTags("<mark>").postTags("</mark>")
                .fields(NAME, f -> f.numberOfFragments(0))
                .fields(DESCRIPTION, f -> f.fragmentSize(DESCRIPTION_SNIPPET_LENGTH).numberOfFragments(1)));
    }

    static String snippet(Map<String, List<String>> highlight, String name) {
        for (String field : List.of(NAME, DESCRIPTION)) {
            List<String> fragments = highlight.getOrDefault(field, List.of());
            if (!fragments.isEmpty()) {
                return fragments.get(0);
            }
        }
        return name == null ? null : escape(name);
    }

    static String escape(String text) {
        return HtmlText.escape(text);
    }
}
