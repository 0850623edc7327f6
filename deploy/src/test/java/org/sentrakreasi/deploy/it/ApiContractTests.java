package org.sentrakreasi.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The public HTTP contract (shared/docs/API.md) as an outside client sees it. Runs once per
 * database: subclasses say which running application to test.
 */
abstract class ApiContractTests {

    abstract RunningApplication app();

    @Test
    void productListHasAtLeastSixtyDemoProductsInTheContractShape() {
        HttpResponse<String> response = Http.get(app().url("/api/v1/products?size=100"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode body = Http.json(response);
        assertThat(body.get("total").asLong()).isGreaterThanOrEqualTo(60);
        assertThat(body.get("page").asInt()).isZero();
        assertThat(body.get("size").asInt()).isEqualTo(100);
        assertThat(body.get("items").size()).isGreaterThanOrEqualTo(60);

        // Other tests add listings without photos; the demo listings of Medan are only ever the demo's.
        JsonNode item = Http.json(Http.get(app().url("/api/v1/products?region=Kota%20Medan&size=1"))).get("items").get(0);
        assertThat(item.get("id").isTextual()).as("ids are strings").isTrue();
        assertThat(item.get("price").isIntegralNumber()).as("money is whole rupiah").isTrue();
        assertThat(item.get("currency").asText()).isEqualTo("IDR");
        for (String field : List.of("slug", "name", "category", "region", "imageUrl")) {
            assertThat(item.get(field).asText()).as(field).isNotBlank();
        }
        assertThat(item.get("maker").get("id").isTextual()).isTrue();
        assertThat(item.get("maker").get("name").asText()).isNotBlank();
        assertThat(item.get("inStock").isBoolean()).isTrue();

        JsonNode facets = body.get("facets");
        assertThat(facets.get("category").size()).isGreaterThanOrEqualTo(6);
        long categorised = 0;
        for (JsonNode value : facets.get("category")) {
            categorised += value.get("count").asLong();
            assertThat(value.get("label").asText()).isNotBlank();
        }
        assertThat(categorised).isEqualTo(body.get("total").asLong());
        assertThat(facets.get("region").size()).isGreaterThanOrEqualTo(2);
        assertThat(facets.get("price").get(0).get("from").asLong()).isZero();
    }

    @Test
    void productsComeNewestFirstWithAStablePageOrder() {
        JsonNode first = Http.json(Http.get(app().url("/api/v1/products?size=10&page=0")));
        JsonNode second = Http.json(Http.get(app().url("/api/v1/products?size=10&page=1")));
        List<String> ids = new ArrayList<>();
        first.get("items").forEach(i -> ids.add(i.get("id").asText()));
        second.get("items").forEach(i -> ids.add(i.get("id").asText()));
        assertThat(ids).hasSize(20).doesNotHaveDuplicates();
    }

    @Test
    void filtersAndPriceSortAreApplied() {
        JsonNode food = Http.json(Http.get(app().url("/api/v1/products?category=makanan&sort=price_asc&size=100")));
        assertThat(food.get("total").asLong()).isPositive();
        long previous = -1;
        for (JsonNode item : food.get("items")) {
            assertThat(item.get("category").asText()).isEqualTo("makanan");
            assertThat(item.get("price").asLong()).isGreaterThanOrEqualTo(previous);
            previous = item.get("price").asLong();
        }
        JsonNode cheap = Http.json(Http.get(app().url("/api/v1/products?maxPrice=20000&size=100")));
        cheap.get("items").forEach(i -> assertThat(i.get("price").asLong()).isLessThanOrEqualTo(20_000));
    }

    @Test
    void productDetailsAddDescriptionStockImagesAndUnit() {
        JsonNode first = Http.json(Http.get(app().url("/api/v1/products?region=Kota%20Medan&size=1"))).get("items").get(0);
        HttpResponse<String> response = Http.get(app().url("/api/v1/products/" + first.get("id").asText()));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode details = Http.json(response);
        assertThat(details.get("name").asText()).isEqualTo(first.get("name").asText());
        assertThat(details.get("description").asText()).isNotBlank();
        assertThat(details.get("stock").isInt()).isTrue();
        assertThat(details.get("images").size()).isPositive();
        assertThat(details.get("unit").get("name").asText()).isNotBlank();

        HttpResponse<String> picture = Http.get(app().url(details.get("images").get(0).asText()));
        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(picture.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(picture.headers().firstValue("ETag")).isPresent();
        assertThat(picture.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000");
    }

    @Test
    void unknownProductIsA404Problem() {
        HttpResponse<String> response = Http.get(app().url("/api/v1/products/nope"));
        assertProblem(response, 404);
        assertProblem(Http.get(app().url("/api/v1/products/999999999")), 404);
    }

    @Test
    void negativePageIsA400ProblemNamingTheField() {
        HttpResponse<String> response = Http.get(app().url("/api/v1/products?page=-1"));
        JsonNode problem = assertProblem(response, 400);
        assertThat(problem.get("errors")).isNotNull();
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("page");
        assertThat(problem.get("errors").get(0).get("message").asText()).isNotBlank();
    }

    @Test
    void unreadableParametersAre400ProblemsNot404OrServerErrors() {
        JsonNode problem = assertProblem(Http.get(app().url("/api/v1/products?page=abc&size=1000&sort=cheapest")), 400);
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains("page", "sort");
        JsonNode tooBig = assertProblem(Http.get(app().url("/api/v1/products?size=1000")), 400);
        assertThat(tooBig.get("errors").get(0).get("field").asText()).isEqualTo("size");
        assertProblem(Http.get(app().url("/api/v1/products?minPrice=50000&maxPrice=10")), 400);
        JsonNode tooLong = assertProblem(Http.get(app().url("/api/v1/products?minPrice=99999999999999999999")), 400);
        assertThat(tooLong.get("errors").get(0).get("message").asText()).isEqualTo("is out of range");
    }

    @Test
    void pagesEndWithTheFirstTenThousandResultsOnEveryEngine() {
        assertThat(Http.get(app().url("/api/v1/products?page=415&size=24")).statusCode()).isEqualTo(200);
        for (String tooDeep : List.of("page=416&size=24", "page=100&size=100", "page=2147483647&size=100")) {
            JsonNode problem = assertProblem(Http.get(app().url("/api/v1/products?" + tooDeep)), 400);
            assertThat(problem.get("errors").get(0).get("field").asText()).as(tooDeep).isEqualTo("page");
        }
    }

    @Test
    void wrongPasswordIsA401ProblemWithABasicChallenge() {
        HttpResponse<String> response = Http.get(app().url("/api/v1/products"), "admin", "wrong-password");
        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
        assertProblem(Http.get(app().url("/api/v1/me")), 401);
    }

    @Test
    void demoAccountsAuthenticateAndRolesAreEnforced() {
        JsonNode admin = Http.json(Http.get(app().url("/api/v1/me"), "admin", "demo-admin"));
        assertThat(admin.get("role").asText()).isEqualTo("ADMIN");

        HttpResponse<String> coordinator = Http.get(app().url("/api/v1/me"), "koordinator.bekasi", "demo-koordinator");
        assertThat(coordinator.statusCode()).isEqualTo(200);
        assertThat(Http.json(coordinator).get("unitId").asText()).isNotBlank();

        HttpResponse<String> units = Http.get(app().url("/api/v1/units"), "koordinator.magelang", "demo-koordinator");
        assertThat(units.statusCode()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        Http.json(units).forEach(u -> codes.add(u.get("code").asText()));
        assertThat(codes).contains("BEKASI", "MAGELANG");

        assertProblem(Http.get(app().url("/api/v1/units"), "pengrajin.sari", "demo-pengrajin"), 403);
        assertProblem(Http.get(app().url("/api/v1/units")), 401);
    }

    @Test
    void unknownApiPathsAndMethodsAreProblemsToo() {
        assertProblem(Http.get(app().url("/api/v1/nothing-here")), 404);
        HttpResponse<String> delete = Http.send(Http.request(app().url("/api/v1/products")).DELETE().build());
        assertProblem(delete, 405);
        // The API is described by /openapi; Jersey's own description of every resource is not served.
        HttpResponse<String> options = Http.send(Http.request(app().url("/api/v1/products"))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertThat(options.body()).doesNotContain("wadl");
        assertThat(Http.get(app().url("/api/application.wadl")).statusCode()).isEqualTo(404);
    }

    @Test
    void suggestionsCompleteProductNamesAndCategories() {
        JsonNode suggestions = Http.json(Http.get(app().url("/api/v1/products/suggest?q=ker"))).get("suggestions");
        assertThat(suggestions.size()).isBetween(1, 10);
        suggestions.forEach(s -> assertThat(s.asText().toLowerCase()).contains("ker"));
        JsonNode category = Http.json(Http.get(app().url("/api/v1/products/suggest?q=anya"))).get("suggestions");
        assertThat(category.toString()).contains("Anyaman");
        assertThat(Http.json(Http.get(app().url("/api/v1/products/suggest?q="))).get("suggestions").size()).isZero();
    }

    @Test
    void categoriesCountPublishedProducts() {
        JsonNode categories = Http.json(Http.get(app().url("/api/v1/categories")));
        assertThat(categories.size()).isEqualTo(8);
        long total = 0;
        for (JsonNode category : categories) {
            total += category.get("productCount").asLong();
        }
        assertThat(total).isGreaterThanOrEqualTo(60);
    }

    @Test
    void serviceEndpointsAnswer() {
        HttpResponse<String> ready = Http.get(app().url("/health/ready"));
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(Http.json(ready).get("status").asText()).isEqualTo("UP");
        assertThat(ready.body()).contains("database");
        assertThat(Http.get(app().url("/health/live")).statusCode()).isEqualTo(200);
        assertThat(Http.get(app().url("/health")).statusCode()).isEqualTo(200);
        assertThat(Http.get(app().url("/openapi")).body()).contains("/api/v1/products");
        assertThat(Http.get(app().url("/metrics")).statusCode()).isEqualTo(200);
    }

    @Test
    void apiResponsesCarrySecureHeaders() {
        HttpResponse<String> response = Http.get(app().url("/api/v1/products?size=1"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
        assertThat(response.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'none'");
    }

    @Test
    void malformedMediaTypeHeadersAre400ProblemsNamingTheHeader() {
        for (String accept : List.of("a/b/c", ",", ";", "application/json;q=abc")) {
            HttpResponse<String> response = Http.send(Http.request(app().url("/api/v1/products/1"))
                    .header("Accept", accept).GET().build());
            assertThat(assertProblem(response, 400).get("errors").get(0).get("field").asText()).as(accept).isEqualTo("Accept");
        }
        for (String contentType : List.of("garbage", "application/", "/", "application/json;=")) {
            HttpResponse<String> response = Http.postBytes(app().url("/api/v1/units"), "admin", "demo-admin", contentType,
                    "{}".getBytes(StandardCharsets.UTF_8));
            assertThat(assertProblem(response, 400).get("errors").get(0).get("field").asText()).as(contentType)
                    .isEqualTo("Content-Type");
        }
        HttpResponse<String> twoTypes = Http.send(Http.request(app().url("/api/v1/units"))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Authorization", Http.basic("admin", "demo-admin"))
                .header("Content-Type", "application/json").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        JsonNode twice = assertProblem(twoTypes, 400).get("errors").get(0);
        assertThat(twice.get("field").asText()).isEqualTo("Content-Type");
        assertThat(twice.get("message").asText()).contains("more than once");
    }

    @Test
    void anUnknownCharsetIsA415ForTheBodyAndA406ForTheAnswer() {
        assertProblem(Http.postBytes(app().url("/api/v1/units"), "admin", "demo-admin", "application/json; charset=bogus",
                "{}".getBytes(StandardCharsets.UTF_8)), 415);
        assertProblem(Http.send(Http.request(app().url("/api/v1/products/1"))
                .header("Accept", "application/json; charset=bogus").GET().build()), 406);
    }

    @Test
    void controlCharactersInQueryParametersAre400sNamingThem() {
        for (String query : List.of("q=%00", "q=%00&category=makanan", "q=kain%01")) {
            JsonNode problem = assertProblem(Http.get(app().url("/api/v1/products?" + query)), 400);
            assertThat(problem.get("errors").get(0).get("field").asText()).as(query).isEqualTo("q");
        }
    }

    static JsonNode assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = Http.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asText()).isNotBlank();
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail")).isNotNull();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        return problem;
    }
}
