package org.sentrakreasi.catalog.infrastructure.search.lucene;

import static org.sentrakreasi.catalog.infrastructure.search.lucene.ProductFields.CATEGORY;
import static org.sentrakreasi.catalog.infrastructure.search.lucene.ProductFields.CATEGORY_LABEL_EN;
import static org.sentrakreasi.catalog.infrastructure.search.lucene.ProductFields.CATEGORY_LABEL_ID;
import static org.sentrakreasi.catalog.infrastructure.search.lucene.ProductFields.DESCRIPTION;
import static org.sentrakreasi.catalog.infrastructure.search.lucene.ProductFields.ID_NUMBER;
import static org.sentrakreasi.catalog.infrastructure.search.lucene.ProductFields.MAKER_ID;
import static org.sentrakreasi.catalog.infrastructure.search.lucene.ProductFields.MAKER_NAME;
import static org.sentrakreasi.catalog.infrastructure.search.lucene.ProductFields.MATERIALS;
import static org.sentrakreasi.catalog.infrastructure.search.lucene.ProductFields.NAME;
import static org.sentrakreasi.catalog.infrastructure.search.lucene.ProductFields.NAME_WORDS;
import static org.sentrakreasi.catalog.infrastructure.search.lucene.ProductFields.PRICE;
import static org.sentrakreasi.catalog.infrastructure.search.lucene.ProductFields.PUBLISHED_AT;
import static org.sentrakreasi.catalog.infrastructure.search.lucene.ProductFields.REGION;
import static org.sentrakreasi.catalog.infrastructure.search.lucene.ProductFields.REGION_TEXT;
import static org.sentrakreasi.catalog.infrastructure.search.lucene.ProductFields.STORY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.sentrakreasi.catalog.application.ProductQuery;
import org.sentrakreasi.catalog.application.ProductSort;
import org.sentrakreasi.catalog.infrastructure.search.QueryWords;

/**
 * Turns a {@link ProductQuery} into Lucene queries and sorts. The composition is part of the search
 * contract (the Elasticsearch adapter mirrors it): every analysed query term must match in some
 * field (AND across terms, best field per term); per term an exact clause plus a fuzzy clause at
 * half weight, so exact matches always outrank typo matches, and a fuzzy clause on the name's
 * unstemmed words (see {@link #typedName}).
 */
final class SearchQueries {

    /** Field boosts: a word in the name says most about a product, a word in its story least. */
    static final Map<String, Float> TEXT_FIELDS = boosts();

    /** Weight of the typo-tolerant clause against the exact one. */
    static final float FUZZY_WEIGHT = 0.5f;

    /**
     * Typos are forgiven where shoppers' words are looked for: names, category labels, materials.
     * Every typo-tolerant field costs an automaton and its expansions per word, which made up most
     * of a search's time over all eight fields.
     */
    static final List<String> FUZZY_FIELDS = List.of(NAME, CATEGORY_LABEL_ID, CATEGORY_LABEL_EN, MATERIALS);

    /** Index terms a typo may stand for, per field (Elasticsearch's {@code max_expansions}). */
    static final int MAX_EXPANSIONS = 10;

    private SearchQueries() {
    }

    private static Map<String, Float> boosts() {
        Map<String, Float> boosts = new LinkedHashMap<>();
        boosts.put(NAME, 5f);
        boosts.put(CATEGORY_LABEL_ID, 3f);
        boosts.put(CATEGORY_LABEL_EN, 3f);
        boosts.put(MATERIALS, 2f);
        boosts.put(DESCRIPTION, 1f);
        boosts.put(STORY, 1f);
        boosts.put(MAKER_NAME, 1f);
        boosts.put(REGION_TEXT, 1f);
        return Collections.unmodifiableMap(boosts);
    }

    /**
     * Edits allowed for an analysed term, as Elasticsearch's {@code fuzziness: AUTO:4,8}: none
     * below 4 characters (short words have too many neighbours), one up to 7, two from 8.
     */
    static int allowedEdits(String term) {
        int length = term.codePointCount(0, term.length());
        return length < 4 ? 0 : length < 8 ? 1 : 2;
    }

    /** The scoring part of a text query; empty when the text has no searchable term (only stop words). */
    static Optional<Query> text(String q, Analyzer analyzer) {
        if (q == null || q.isBlank()) {
            return Optional.empty();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean any = false;
        for (String word : QueryWords.searchable(q)) {
            List<String> stems = analyse(analyzer, NAME, word);
            if (stems.isEmpty()) {
                continue;
            }
            BooleanQuery.Builder wordQuery = new BooleanQuery.Builder();
            BooleanQuery.Builder stemmed = new BooleanQuery.Builder();
            stems.forEach(stem -> stemmed.add(termInAnyField(stem), Occur.MUST));
            wordQuery.add(stemmed.build(), Occur.SHOULD);
            typedName(analyse(analyzer, NAME_WORDS, word)).ifPresent(typed -> wordQuery.add(typed, Occur.SHOULD));
            all.add(wordQuery.build(), Occur.MUST);
            any = true;
        }
        return any ? Optional.of(all.build()) : Optional.empty();
    }

    /**
     * {@link #text} rewritten once against {@code searcher}: typo clauses become the index terms within
     * reach. Left to the highlighter, every fuzzy clause was rebuilt as an automaton for every hit.
     */
    static Optional<Query> rewrittenText(String q, Analyzer analyzer, IndexSearcher searcher) {
        return text(q, analyzer).map(query -> {
            try {
                return searcher.rewrite(query);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The text query (if any) restricted by the shopper's filters, which do not score. */
    static Query filtered(Optional<Query> text, ProductQuery query) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        text.ifPresent(q -> builder.add(q, Occur.MUST));
        if (query.category() != null) {
            builder.add(new TermQuery(new Term(CATEGORY, query.category())), Occur.FILTER);
        }
        if (query.region() != null) {
            builder.add(new TermQuery(new Term(REGION, query.region())), Occur.FILTER);
        }
        if (query.maker() != null) {
            builder.add(new TermQuery(new Term(MAKER_ID, String.valueOf(query.maker()))), Occur.FILTER);
        }
        if (query.minPrice() != null || query.maxPrice() != null) {
            long min = query.minPrice() == null ? Long.MIN_VALUE : query.minPrice();
            long max = query.maxPrice() == null ? Long.MAX_VALUE : query.maxPrice();
            builder.add(LongPoint.newRangeQuery(PRICE, min, max), Occur.FILTER);
        }
        BooleanQuery built = builder.build();
        return built.clauses().isEmpty() ? new MatchAllDocsQuery() : built;
    }

    static Sort sort(ProductSort sort) {
        return switch (sort) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, descending(PUBLISHED_AT), descending(ID_NUMBER));
            case NEWEST -> new Sort(descending(PUBLISHED_AT), descending(ID_NUMBER));
            case PRICE_ASC -> new Sort(new SortField(PRICE, SortField.Type.LONG), new SortField(ID_NUMBER, SortField.Type.LONG));
            case PRICE_DESC -> new Sort(descending(PRICE), descending(ID_NUMBER));
        };
    }

    private static SortField descending(String field) {
        return new SortField(field, SortField.Type.LONG, true);
    }

    private static Query termInAnyField(String term) {
        Query exact = bestField(TEXT_FIELDS.keySet(), field -> new TermQuery(new Term(field, term)));
        int edits = allowedEdits(term);
        if (edits == 0) {
            return exact;
        }
        Query fuzzy = new BoostQuery(bestField(FUZZY_FIELDS, field -> fuzzy(field, term, edits)), FUZZY_WEIGHT);
        return new BooleanQuery.Builder()
                .add(exact, Occur.SHOULD)
                .add(fuzzy, Occur.SHOULD)
                .build();
    }

    /**
     * The typed word, unstemmed, within the allowed edits of a word of the name: the stemmer strips
     * a prefix only from words long enough, so "keripk" (a typo) keeps the "ke" that "keripik" loses
     * and only the typed form is one edit away.
     */
    private static Optional<Query> typedName(List<String> typed) {
        if (typed.size() != 1) {
            return Optional.empty();
        }
        String word = typed.get(0);
        return Optional.of(new BoostQuery(fuzzy(NAME_WORDS, word, allowedEdits(word)), TEXT_FIELDS.get(NAME) * FUZZY_WEIGHT));
    }

    /** The best matching field counts, as Elasticsearch's {@code multi_match} of type {@code best_fields}. */
    private static Query bestField(Collection<String> fields, Function<String, Query> perField) {
        List<Query> disjuncts = new ArrayList<>();
        fields.forEach(field -> disjuncts.add(new BoostQuery(perField.apply(field), TEXT_FIELDS.get(field))));
        return new DisjunctionMaxQuery(disjuncts, 0f);
    }

    private static Query fuzzy(String field, String term, int edits) {
        return new TypoQuery(new Term(field, term), edits, MAX_EXPANSIONS, TypoAutomata.shared());
    }

    /** The terms of {@code text} as {@code field} is indexed. */
    static List<String> analyse(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
