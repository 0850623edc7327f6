package org.sentrakreasi.catalog.infrastructure.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Completions of what a shopper is typing: category labels in the shopper's language first, then
 * product names, each alphabetical. The words typed before the last must each be a whole word of
 * the completion, the last one the start of a word (Elasticsearch's {@code match_bool_prefix}).
 * No stemming and no typo tolerance: a completion continues the letters typed.
 */
final class Suggestions {

    private Suggestions() {
    }

    static List<String> suggest(IndexSearcher searcher, Analyzer analyzer, String prefix, Locale locale, int limit)
            throws IOException {
        if (prefix == null || prefix.isBlank() || limit <= 0) {
            return List.of();
        }
        boolean english = FacetCounter.isEnglish(locale);
        int labelPart = english ? 2 : 1;
        Set<String> suggestions = new LinkedHashSet<>();
        Optional<Query> labels = wordsQuery(analyzer, english ? ProductFields.LABEL_EN_WORDS : ProductFields.LABEL_ID_WORDS, prefix);
        if (labels.isPresent()) {
            suggestions.addAll(distinct(searcher, labels.get(), ProductFields.CATEGORY_FACET, limit,
                    value -> ProductFields.categoryParts(value)[labelPart]));
        }
        Optional<Query> names = wordsQuery(analyzer, ProductFields.NAME_WORDS, prefix);
        if (names.isPresent()) {
            suggestions.addAll(distinct(searcher, names.get(), ProductFields.NAME_VALUE, limit, UnaryOperator.identity()));
        }
        return suggestions.stream().filter(s -> !s.isEmpty()).limit(limit).toList();
    }

    private static Optional<Query> wordsQuery(Analyzer analyzer, String field, String prefix) {
        List<String> words = SearchQueries.analyse(analyzer, field, prefix);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String whole : words.subList(0, words.size() - 1)) {
            query.add(new TermQuery(new Term(field, whole)), Occur.FILTER);
        }
        query.add(new PrefixQuery(new Term(field, words.get(words.size() - 1))), Occur.FILTER);
        return Optional.of(query.build());
    }

    /** The first {@code limit} distinct values (as {@code shown}) of a doc-value field among the matching documents. */
    private static List<String> distinct(IndexSearcher searcher, Query query, String field, int limit,
            UnaryOperator<String> shown) throws IOException {
        FacetsCollector hits = searcher.search(query, new FacetsCollectorManager());
        TreeSet<String> values = new TreeSet<>();
        for (FacetsCollector.MatchingDocs matching : hits.getMatchingDocs()) {
            SortedDocValues docValues = DocValues.getSorted(matching.context.reader(), field);
            DocIdSetIterator docs = matching.bits.iterator();
            if (docs == null) {
                continue;
            }
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (docValues.advanceExact(doc)) {
                    values.add(shown.apply(docValues.lookupOrd(docValues.ordValue()).utf8ToString()));
                    if (values.size() > limit) {
                        values.pollLast();
                    }
                }
            }
        }
        return new ArrayList<>(values);
    }
}
