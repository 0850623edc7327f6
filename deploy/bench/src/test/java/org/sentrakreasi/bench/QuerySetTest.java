package org.sentrakreasi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuerySetTest {

    private final List<SearchRequest> queries = QuerySet.standard();

    @Test
    void coversTheKindsOfSearchWithTheApiParameterNames() {
        assertThat(queries).hasSizeBetween(30, 50);
        assertThat(queries).extracting(SearchRequest::label)
                .contains("one word", "two words", "stem", "typo", "region", "q + price");
        assertThat(queries).allSatisfy(q -> {
            assertThat(q.parameters()).containsEntry("size", "24");
            assertThat(Set.of("q", "category", "region", "minPrice", "maxPrice", "sort", "page", "size"))
                    .containsAll(q.parameters().keySet());
        });
        assertThat(queries).extracting(q -> q.parameters().get("sort")).filteredOn(s -> s != null)
                .containsOnly("relevance", "newest", "price_asc", "price_desc")
                .contains("relevance", "newest", "price_asc", "price_desc");
        assertThat(queries).extracting(q -> q.parameters().get("q")).contains("menganyam", "keripk pisang", "batk");
    }

    @Test
    void pathsAreEncodedForWrkAndTheJdkClient() {
        SearchRequest twoWords = queries.stream().filter(q -> "keripik pisang".equals(q.parameters().get("q")))
                .findFirst().orElseThrow();
        SearchRequest region = queries.stream().filter(q -> "Kabupaten Magelang".equals(q.parameters().get("region")))
                .findFirst().orElseThrow();

        assertThat(twoWords.path()).isEqualTo("/api/v1/products?q=keripik%20pisang&size=24");
        assertThat(region.path()).isEqualTo("/api/v1/products?region=Kabupaten%20Magelang&size=24");
        assertThat(queries).allSatisfy(q -> assertThat(q.path()).matches("/api/v1/products\\?[A-Za-z0-9=&%._-]+"));
    }

    @Test
    void filterValuesExistInTheGeneratedCatalog() {
        Set<String> regions = new java.util.HashSet<>();
        Region.AROUND_BEKASI.forEach(r -> regions.add(r.name()));
        Region.AROUND_MAGELANG.forEach(r -> regions.add(r.name()));
        Set<String> categories = new java.util.HashSet<>();
        ProductVocabulary.CATEGORIES.forEach(c -> categories.add(c.code()));

        assertThat(queries).allSatisfy(q -> {
            if (q.parameters().containsKey("region")) {
                assertThat(regions).contains(q.parameters().get("region"));
            }
            if (q.parameters().containsKey("category")) {
                assertThat(categories).contains(q.parameters().get("category"));
            }
        });
    }
}
