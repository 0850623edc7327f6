package org.sentrakreasi.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What shoppers get from search, checked through the public API of a running application: the
 * same checks on the embedded setup (H2, Lucene) and on the scale-out one (PostgreSQL,
 * Elasticsearch).
 */
abstract class SearchAcceptanceTests {

    private static final String COORDINATOR = "koordinator.bekasi";

    abstract RunningApplication app();

    @BeforeEach
    void searchEngineIsServing() {
        awaitSearchEngine(app());
    }

    /** Until the application answers searches from its engine, not the database (its index is built). */
    static void awaitSearchEngine(RunningApplication app) {
        Eventually.await(() -> Http.json(Http.get(app.url("/api/v1/products?q=anyaman"))),
                page -> !page.path("degraded").asBoolean(), "search through the engine on " + app, Duration.ofSeconds(120));
    }

    @Test
    void importedProductsAreFoundWithinTwoSecondsByStemAndWithTyposAndDraftsNever() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String region = "Kota Uji " + run;
        JsonNode job = Imports.awaitJob(app(), COORDINATOR, Imports.start(app(), COORDINATOR, Imports.HEADER
                + "SRCH-" + run + "-1,Tas Anyaman Pandan,Dianyam tangan,anyaman,85000,4,KUBE Uji " + run + "," + region + ",,PUBLISHED\n"
                + "SRCH-" + run + "-2,Keripik Pisang,Renyah,makanan,15000,9,KUBE Uji " + run + "," + region + ",,PUBLISHED\n"
                + "SRCH-" + run + "-3,Keripik Pisang Draf,Belum terbit,makanan,15000,9,KUBE Uji " + run + "," + region + ",,DRAFT\n"));
        assertThat(job.get("status").asText()).isEqualTo("DONE");
        Instant imported = Instant.now();

        JsonNode typo = Eventually.await(() -> page("q=" + encode("keripk pisang") + "&region=" + encode(region)),
                page -> names(page).contains("Keripik Pisang"), "'keripk pisang' finding the imported product",
                Duration.ofSeconds(10));
        assertThat(Duration.between(imported, Instant.now())).as("imported product findable").isLessThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(names(typo)).doesNotContain("Keripik Pisang Draf");
        assertThat(names(page("q=menganyam&region=" + encode(region)))).containsExactly("Tas Anyaman Pandan");
        JsonNode all = page("region=" + encode(region));
        assertThat(all.get("total").asLong()).as("the draft is not public").isEqualTo(2);
        assertThat(names(page("q=" + encode("draf") + "&region=" + encode(region)))).isEmpty();
    }

    @Test
    void facetCountsEqualTheCountOfMatchingPublishedProducts() {
        JsonNode result = page("q=anyaman");
        for (JsonNode category : result.get("facets").get("category")) {
            assertThat(page("q=anyaman&category=" + category.get("value").asText()).get("total").asLong())
                    .as("category " + category.get("value").asText())
                    .isEqualTo(category.get("count").asLong());
        }
        for (JsonNode region : result.get("facets").get("region")) {
            assertThat(page("q=anyaman&region=" + encode(region.get("value").asText())).get("total").asLong())
                    .as("region " + region.get("value").asText())
                    .isEqualTo(region.get("count").asLong());
        }
        long sum = 0;
        for (JsonNode category : result.get("facets").get("category")) {
            sum += category.get("count").asLong();
        }
        assertThat(sum).isEqualTo(result.get("total").asLong());
    }

    @Test
    void priceFiltersIncludeTheirBounds() {
        JsonNode some = page("sort=price_asc&size=5").get("items").get(2);
        long price = some.get("price").asLong();
        JsonNode exact = page("minPrice=" + price + "&maxPrice=" + price + "&size=100");
        assertThat(ids(exact)).contains(some.get("id").asText());
        exact.get("items").forEach(item -> assertThat(item.get("price").asLong()).isEqualTo(price));
        JsonNode below = page("maxPrice=" + (price - 1) + "&size=100");
        assertThat(ids(below)).doesNotContain(some.get("id").asText());
    }

    @Test
    void pagingNeverRepeatsOrSkipsAnItem() {
        for (String query : List.of("q=anyaman", "sort=price_asc", "sort=newest&category=makanan")) {
            long total = page(query + "&size=1").get("total").asLong();
            List<String> seen = new ArrayList<>();
            for (int p = 0; p * 7L < total; p++) {
                seen.addAll(ids(page(query + "&size=7&page=" + p)));
            }
            assertThat(seen).as(query).hasSize((int) total).doesNotHaveDuplicates();
            assertThat(new HashSet<>(seen)).as(query).isEqualTo(new HashSet<>(ids(page(query + "&size=100"))));
        }
    }

    @Test
    void searchAnswersCarryTheEngineTimeButNotInTheJson() {
        HttpResponse<String> response = Http.get(app().url("/api/v1/products?q=batik"));
        String timing = response.headers().firstValue("Server-Timing").orElseThrow();
        Matcher durations = Pattern.compile("engine;dur=(\\d+\\.\\d{2}), search;dur=(\\d+\\.\\d{2})").matcher(timing);
        assertThat(durations.matches()).as(timing).isTrue();
        // The search call includes the engine's work (on Elasticsearch its took, whole milliseconds rounded down).
        assertThat(Double.parseDouble(durations.group(2))).as(timing)
                .isGreaterThanOrEqualTo(Double.parseDouble(durations.group(1)));
        assertThat(Http.json(response).has("engineTime")).isFalse();
    }

    private JsonNode page(String query) {
        HttpResponse<String> response = Http.get(app().url("/api/v1/products?" + query));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(item -> names.add(item.get("name").asText()));
        return names;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
