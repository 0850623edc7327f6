package org.sentrakreasi.catalog.infrastructure.search.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.sentrakreasi.catalog.application.ProductDocument;
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
            ProductDocument[] products) throws IOException {
        return rewrittenText.isPresent()
                ? highlight(searcher, analyzer, rewrittenText.get(), page, products)
                : Arrays.stream(products).map(product -> escape(product.name())).toArray(String[]::new);
    }

    /** One snippet per score doc of {@code page}, in the same order; {@code products} are its documents. */
    static String[] highlight(IndexSearcher searcher, Analyzer analyzer, Query textQuery, TopDocs page,
            ProductDocument[] products) throws IOException {
        PageTexts texts = new PageTexts(page.scoreDocs, products);
        String[] inName = highlighter(searcher, analyzer, WholeBreakIterator::new, texts)
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
                    BreakIterator.getSentenceInstance(Locale.ROOT), DESCRIPTION_SNIPPET_LENGTH, 0.5f), texts)
                    .highlight(ProductFields.DESCRIPTION, textQuery, new TopDocs(page.totalHits, rest), 1);
            for (int j = 0; j < found.length; j++) {
                inDescription[withoutName.get(j)] = found[j];
            }
        }
        String[] snippets = new String[products.length];
        for (int i = 0; i < snippets.length; i++) {
            snippets[i] = inName[i] != null ? inName[i]
                    : inDescription[i] != null ? inDescription[i]
                    : escape(products[i].name());
        }
        return snippets;
    }

    private static UnifiedHighlighter highlighter(IndexSearcher searcher, Analyzer analyzer,
            Supplier<BreakIterator> breaks, PageTexts texts) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(PRE_TAG, POST_TAG, "… ", true))
                .withBreakIterator(breaks)
                // The query arrives rewritten to plain terms: looking up the field's own terms is far
                // cheaper than matching the whole eight-field query against every hit.
                .withWeightMatches(false)
                // No match in a field gives null, so the caller can fall back to the next field.
                .withMaxNoHighlightPassages(0);
        return new UnifiedHighlighter(builder) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                    throws IOException {
                return texts.of(fields, docs);
            }
        };
    }

    /**
     * The texts of a page's hits, from the documents the page already read: the index keeps no
     * stored text ({@link ProductCards}), and reading it again per field cost as much as the page.
     */
    private static final class PageTexts {

        private final Map<Integer, ProductDocument> byDoc = new HashMap<>();

        PageTexts(ScoreDoc[] docs, ProductDocument[] products) {
            for (int i = 0; i < docs.length; i++) {
                byDoc.put(docs[i].doc, products[i]);
            }
        }

        List<CharSequence[]> of(String[] fields, DocIdSetIterator docs) throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                ProductDocument product = byDoc.get(doc);
                CharSequence[] texts = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    texts[f] = product == null ? null : text(product, fields[f]);
                }
                values.add(texts);
            }
            return values;
        }

        private static String text(ProductDocument product, String field) {
            return switch (field) {
                case ProductFields.NAME -> product.name();
                case ProductFields.DESCRIPTION -> product.description();
                default -> throw new IllegalArgumentException("no highlighting for field " + field);
            };
        }
    }

    static String escape(String text) {
        return HtmlText.escape(text);
    }
}
