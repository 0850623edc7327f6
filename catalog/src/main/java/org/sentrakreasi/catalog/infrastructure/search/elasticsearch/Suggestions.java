package org.sentrakreasi.catalog.infrastructure.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.util.NamedValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sentrakreasi.catalog.infrastructure.search.QueryWords;

/**
 * Completions of what a shopper is typing: category labels in the shopper's language first, then
 * product names, each alphabetical and distinct. The words typed before the last must each be a whole
 * word of the completion ({@code .words} sub-field), the last one the start of a word ({@code .prefix},
 * edge n-grams). No stemming and no typo tolerance: a completion continues the letters typed.
 */
final class Suggestions {

    private static final String VALUES = "values";

    private final ElasticsearchClient client;
    private final String alias;

    Suggestions(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    List<String> suggest(String prefix, Locale locale, int limit) throws IOException {
        List<String> words = QueryWords.split(prefix);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        Set<String> suggestions = new LinkedHashSet<>();
        suggestions.addAll(distinctValues(CategoryLabels.field(locale), words, limit));
        suggestions.addAll(distinctValues("name", words, limit));
        return suggestions.stream().limit(limit).toList();
    }

    /** The first {@code limit} distinct values of {@code field} (its keyword form) that complete the words. */
    private List<String> distinctValues(String field, List<String> words, int limit) throws IOException {
        SearchResponse<Void> response = client.search(s -> s.index(alias).ignoreUnavailable(true).allowNoIndices(true)
                .size(0)
                .query(completing(field, words))
                .aggregations(VALUES, a -> a.terms(t -> t.field(field + ".keyword").size(limit)
                        .order(NamedValue.of("_key", SortOrder.Asc)))), Void.class);
        if (!response.aggregations().containsKey(VALUES)) {
            return List.of();
        }
        return response.aggregations().get(VALUES).sterms().buckets().array().stream()
                .map(bucket -> bucket.key().stringValue())
                .toList();
    }

    private static Query completing(String field, List<String> words) {
        List<Query> filters = new ArrayList<>();
        for (String whole : words.subList(0, words.size() - 1)) {
            filters.add(match(field + ".words", whole));
        }
        filters.add(match(field + ".prefix", words.get(words.size() - 1)));
        return Query.of(q -> q.bool(b -> b.filter(filters)));
    }

    private static Query match(String field, String text) {
        return Query.of(q -> q.match(m -> m.field(field).query(text).operator(Operator.And)));
    }
}
