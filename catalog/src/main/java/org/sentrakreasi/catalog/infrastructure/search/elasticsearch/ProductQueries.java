package org.sentrakreasi.catalog.infrastructure.search.elasticsearch;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch._types.query_dsl.ZeroTermsQuery;
import co.elastic.clients.json.JsonData;
import java.util.ArrayList;
import java.util.List;
import org.sentrakreasi.catalog.application.ProductQuery;
import org.sentrakreasi.catalog.infrastructure.search.QueryWords;

/**
 * Turns a shopper's {@link ProductQuery} into Elasticsearch queries and sorts, composed as the
 * search contract (and the Lucene adapter) has it: every typed word must match in some field (AND
 * across words, best field per word); per word an exact clause plus a fuzzy clause of
 * {@value #FUZZINESS} edits at half weight, so exact matches outrank typo matches, and a fuzzy clause on
 * the name's unstemmed words: the stemmer strips a prefix only from words long enough, so "keripk"
 * (a typo) keeps the "ke" that "keripik" loses, and only the typed form is one edit away. Stop
 * words are left out ({@link QueryWords}).
 */
final class ProductQueries {

    /** One edit for words of 4–7 letters, two from 8 letters on, none below 4. */
    static final String FUZZINESS = "AUTO:4,8";
    /** Weight of the typo-tolerant clause against the exact one. */
    private static final float FUZZY_WEIGHT = 0.5f;
    private static final float NAME_BOOST = 5f;
    /** A word in the name says most about a product; the same boosts as the Lucene adapter. */
    private static final List<String> TEXT_FIELDS = List.of(
            "name^5", "categoryLabelId^3", "categoryLabelEn^3", "materials^2",
            "description", "story", "makerName", "region.text");
    /** Typos are forgiven in names, category labels and materials only, as in the Lucene adapter. */
    private static final List<String> FUZZY_FIELDS = List.of("name^5", "categoryLabelId^3", "categoryLabelEn^3", "materials^2");
    /** Index terms a typo may stand for, per field. */
    private static final int MAX_EXPANSIONS = 10;

    private ProductQueries() {
    }

    static Query search(ProductQuery query) {
        List<Query> words = QueryWords.searchable(query.q()).stream().map(ProductQueries::anyField).toList();
        List<Query> filters = filters(query);
        return Query.of(q -> q.bool(b -> b.must(words).filter(filters)));
    }

    static List<SortOptions> sort(ProductQuery query) {
        return switch (query.effectiveSort()) {
            case RELEVANCE -> List.of(score(), field("publishedAt", SortOrder.Desc), field("idNumber", SortOrder.Desc));
            case NEWEST -> List.of(field("publishedAt", SortOrder.Desc), field("idNumber", SortOrder.Desc));
            case PRICE_ASC -> List.of(field("price", SortOrder.Asc), field("idNumber", SortOrder.Asc));
            case PRICE_DESC -> List.of(field("price", SortOrder.Desc), field("idNumber", SortOrder.Desc));
        };
    }

    private static Query anyField(String word) {
        Query exact = Query.of(q -> q.multiMatch(m -> m.query(word).fields(TEXT_FIELDS)
                .type(TextQueryType.BestFields).operator(Operator.And)
                .zeroTermsQuery(ZeroTermsQuery.All)));
        Query fuzzy = Query.of(q -> q.multiMatch(m -> m.query(word).fields(FUZZY_FIELDS)
                .type(TextQueryType.BestFields).operator(Operator.And)
                .zeroTermsQuery(ZeroTermsQuery.All).fuzziness(FUZZINESS).maxExpansions(MAX_EXPANSIONS).boost(FUZZY_WEIGHT)));
        Query typedName = Query.of(q -> q.match(m -> m.field("name.words").query(word).operator(Operator.And)
                .fuzziness(FUZZINESS).maxExpansions(MAX_EXPANSIONS).boost(NAME_BOOST * FUZZY_WEIGHT)));
        return Query.of(q -> q.bool(b -> b.should(exact, fuzzy, typedName).minimumShouldMatch("1")));
    }

    private static List<Query> filters(ProductQuery query) {
        List<Query> filters = new ArrayList<>();
        if (present(query.category())) {
            filters.add(term("category", query.category()));
        }
        if (present(query.region())) {
            filters.add(term("region", query.region()));
        }
        if (query.maker() != null) {
            filters.add(term("makerId", query.maker().toString()));
        }
        if (query.minPrice() != null || query.maxPrice() != null) {
            filters.add(Query.of(q -> q.range(r -> r.untyped(u -> {
                u.field("price");
                if (query.minPrice() != null) {
                    u.gte(JsonData.of(query.minPrice()));
                }
                if (query.maxPrice() != null) {
                    u.lte(JsonData.of(query.maxPrice()));
                }
                return u;
            }))));
        }
        return filters;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
    }

    private static SortOptions score() {
        return SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc)));
    }

    private static SortOptions field(String field, SortOrder order) {
        return SortOptions.of(s -> s.field(f -> f.field(field).order(order).missing("_last")));
    }
}
