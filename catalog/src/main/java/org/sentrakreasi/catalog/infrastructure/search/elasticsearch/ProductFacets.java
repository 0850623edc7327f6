package org.sentrakreasi.catalog.infrastructure.search.elasticsearch;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.AggregationRange;
import co.elastic.clients.elasticsearch._types.aggregations.RangeBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.sentrakreasi.catalog.application.FacetValue;
import org.sentrakreasi.catalog.application.Facets;
import org.sentrakreasi.catalog.application.PriceRange;

/**
 * Facets over the whole filtered result as aggregations: category (with its label from any one
 * product of the category), region, and the {@link PriceRange#EDGES} price buckets, empty ones
 * included. Values are ordered by count, then by value. The index has one shard, so counts are exact.
 */
final class ProductFacets {

    private static final String CATEGORY = "category";
    private static final String REGION = "region";
    private static final String PRICE = "price";
    private static final String LABELS = "labels";
    /** More distinct categories or regions than a catalog of the centres will ever have. */
    private static final int MAX_VALUES = 1000;

    private ProductFacets() {
    }

    static Map<String, Aggregation> aggregations() {
        Aggregation labels = Aggregation.of(a -> a.topHits(t -> t.size(1)
                .source(s -> s.filter(f -> f.includes(List.of(CategoryLabels.FIELDS))))));
        return Map.of(
                CATEGORY, Aggregation.of(a -> a.terms(t -> t.field(CATEGORY).size(MAX_VALUES).order(byCountThenValue()))
                        .aggregations(LABELS, labels)),
                REGION, Aggregation.of(a -> a.terms(t -> t.field(REGION).size(MAX_VALUES).order(byCountThenValue()))),
                PRICE, Aggregation.of(a -> a.range(r -> r.field(PRICE).ranges(priceRanges()))));
    }

    static Facets read(Map<String, Aggregate> aggregations, Locale locale) {
        if (aggregations.isEmpty()) {
            // No index yet: nothing is published, every facet is empty.
            return new Facets(List.of(), List.of(), emptyPriceRanges());
        }
        List<FacetValue> categories = terms(aggregations.get(CATEGORY),
                bucket -> new FacetValue(bucket.key().stringValue(), label(bucket, locale), bucket.docCount()));
        List<FacetValue> regions = terms(aggregations.get(REGION),
                bucket -> new FacetValue(bucket.key().stringValue(), bucket.key().stringValue(), bucket.docCount()));
        List<RangeBucket> buckets = aggregations.get(PRICE).range().buckets().array();
        List<PriceRange> prices = new ArrayList<>();
        List<PriceRange> empty = emptyPriceRanges();
        for (int i = 0; i < empty.size(); i++) {
            prices.add(empty.get(i).withCount(buckets.get(i).docCount()));
        }
        return new Facets(categories, regions, prices);
    }

    private static List<FacetValue> terms(Aggregate aggregate, Function<StringTermsBucket, FacetValue> value) {
        return aggregate.sterms().buckets().array().stream().map(value).toList();
    }

    private static String label(StringTermsBucket bucket, Locale locale) {
        return bucket.aggregations().get(LABELS).topHits().hits().hits().stream()
                .map(Hit::source)
                .filter(Objects::nonNull)
                .map(source -> source.to(CategoryLabels.class).label(locale))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(bucket.key().stringValue());
    }

    private static List<NamedValue<SortOrder>> byCountThenValue() {
        return List.of(NamedValue.of("_count", SortOrder.Desc), NamedValue.of("_key", SortOrder.Asc));
    }

    private static List<AggregationRange> priceRanges() {
        return emptyPriceRanges().stream()
                .map(range -> AggregationRange.of(r -> r.from((double) range.from())
                        .to(range.to() == null ? null : range.to().doubleValue())))
                .toList();
    }

    /** The buckets from {@link PriceRange#EDGES}: {@code from} inclusive, {@code to} exclusive, the last one open. */
    private static List<PriceRange> emptyPriceRanges() {
        List<Long> edges = PriceRange.EDGES;
        List<PriceRange> ranges = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            ranges.add(new PriceRange(edges.get(i), i + 1 < edges.size() ? edges.get(i + 1) : null, 0));
        }
        return ranges;
    }
}
