package org.sentrakreasi.catalog.infrastructure.search.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.sentrakreasi.catalog.infrastructure.search.HtmlText;

/**
 * Highlighted snippets for a page of hits: the whole name when a query word matched it, else the
 * description sentence around the match, else the plain name. Always HTML-escaped with the matched
 * words (typo matches included) in {@code <mark>}.
 */
final class Snippets {

    static final String PRE_TAG = "<mark>";
    static final String POST_TAG = "</mark>";
    /** About one line on a product card. */
    static final int DESCRIPTION_SNIPPET_LENGTH = 140;

    private Snippets() {
    }

    /**
     * One snippet per score doc of {@code page}, in the same order: highlighted when the shopper's
     * text has a searchable word ({@link SearchQueries#rewrittenText}), else the escaped names.
     */
    static String[] forPage(IndexSearcher searcher, Analyzer analyzer, Optional<Query> rewrittenText, TopDocs page,
            String[] names) throws IOException {
        return rewrittenText.isPresent()
                ? highlight(searcher, analyzer, rewrittenText.get(), page, names)
                : Arrays.stream(names).map(Snippets::escape).toArray(String[]::new);
    }

    /** One snippet per score doc of {@code page}, in the same order. */
    static String[] highlight(IndexSearcher searcher, Analyzer analyzer, Query textQuery, TopDocs page,
            String[] names) throws IOException {
        String[] inName = highlighter(searcher, analyzer, WholeBreakIterator::new)
                .highlight(ProductFields.NAME, textQuery, page, 1);
        // Descriptions only for the hits whose name did not match: usually none, and highlighting costs.
        List<Integer> withoutName = new ArrayList<>();
        for (int i = 0; i < inName.length; i++) {
            if (inName[i] == null) {
                withoutName.add(i);
            }
        }
        String[] inDescription = new String[inName.length];
        if (!withoutName.isEmpty()) {
            ScoreDoc[] rest = withoutName.stream().map(i -> page.scoreDocs[i]).toArray(ScoreDoc[]::new);
            String[] found = highlighter(searcher, analyzer, () -> LengthGoalBreakIterator.createClosestToLength(
                    BreakIterator.getSentenceInstance(Locale.ROOT), DESCRIPTION_SNIPPET_LENGTH, 0.5f))
                    .highlight(ProductFields.DESCRIPTION, textQuery, new TopDocs(page.totalHits, rest), 1);
            for (int j = 0; j < found.length; j++) {
                inDescription[withoutName.get(j)] = found[j];
            }
        }
        String[] snippets = new String[names.length];
        for (int i = 0; i < snippets.length; i++) {
            snippets[i] = inName[i] != null ? inName[i]
                    : inDescription[i] != null ? inDescription[i]
                    : escape(names[i]);
        }
        return snippets;
    }

    private static UnifiedHighlighter highlighter(IndexSearcher searcher, Analyzer analyzer,
            Supplier<BreakIterator> breaks) {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(PRE_TAG, POST_TAG, "… ", true))
                .withBreakIterator(breaks)
                // The query arrives rewritten to plain terms: looking up the field's own terms is far
                // cheaper than matching the whole eight-field query against every hit.
                .withWeightMatches(false)
                // No match in a field gives null, so the caller can fall back to the next field.
                .withMaxNoHighlightPassages(0)
                .build();
    }

    static String escape(String text) {
        return HtmlText.escape(text);
    }
}
