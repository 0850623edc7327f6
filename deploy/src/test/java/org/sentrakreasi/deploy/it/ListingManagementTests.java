package org.sentrakreasi.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sentrakreasi.deploy.it.ApiContractTests.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Listing management and moderation over the API (API.md "Catalog (staff and makers)"), with the
 * role and unit rules: a maker changes only their own listings, a coordinator only their unit's.
 */
abstract class ListingManagementTests {

    private static final String SARI = "pengrajin.sari";
    private static final String SARI_PASSWORD = "demo-pengrajin";
    private static final String BEKASI = "koordinator.bekasi";
    private static final String MAGELANG = "koordinator.magelang";
    private static final String COORDINATOR_PASSWORD = "demo-koordinator";

    abstract RunningApplication app();

    private String url(String path) {
        return app().url(path);
    }

    private static String form(String name, long price, int stock, String makerId) {
        return """
                {"name":"%s","description":"Tas dianyam dari pandan pilihan","materials":"pandan",
                 "category":"anyaman","price":%d,"stock":%d%s}""".formatted(name, price, stock,
                makerId == null ? "" : ",\"makerId\":\"" + makerId + "\"");
    }

    private JsonNode createAsSari(String name) {
        HttpResponse<String> created = Http.post(url("/api/v1/products"), SARI, SARI_PASSWORD, form(name, 85_000, 4, null));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("ETag")).isPresent();
        return Http.json(created);
    }

    @Test
    void aMakersListingGoesFromDraftThroughModerationToTheShop() {
        String name = "Tas Uji " + UUID.randomUUID().toString().substring(0, 6);
        JsonNode draft = createAsSari(name);
        String id = draft.get("id").asText();
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.get("sku").asText()).isNotBlank();
        assertProblem(Http.get(url("/api/v1/products/" + id)), 404);

        List<String> mine = new ArrayList<>();
        Http.json(Http.get(url("/api/v1/me/products?status=DRAFT&size=100"), SARI, SARI_PASSWORD)).get("items")
                .forEach(item -> mine.add(item.get("id").asText()));
        assertThat(mine).contains(id);

        assertProblem(Http.post(url("/api/v1/products/" + id + "/publish"), SARI, SARI_PASSWORD, null), 403);
        JsonNode submitted = Http.json(Http.post(url("/api/v1/products/" + id + "/submit"), SARI, SARI_PASSWORD, null));
        assertThat(submitted.get("status").asText()).isEqualTo("SUBMITTED");

        assertProblem(Http.post(url("/api/v1/products/" + id + "/publish"), MAGELANG, COORDINATOR_PASSWORD, null), 403);
        HttpResponse<String> published = Http.post(url("/api/v1/products/" + id + "/publish"), BEKASI, COORDINATOR_PASSWORD, null);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(Http.json(published).get("status").asText()).isEqualTo("PUBLISHED");

        JsonNode shown = Http.json(Http.get(url("/api/v1/products/" + id)));
        assertThat(shown.get("name").asText()).isEqualTo(name);
        assertThat(shown.get("price").asLong()).isEqualTo(85_000);
        // Every field API.md names is there, also when it is empty: no photo yet, no story.
        for (String field : List.of("id", "slug", "name", "price", "currency", "category", "region", "maker", "inStock",
                "imageUrl", "description", "story", "stock", "images", "unit")) {
            assertThat(shown.has(field)).as(field).isTrue();
        }
        assertThat(shown.get("imageUrl").isNull()).isTrue();
        assertThat(shown.get("story").isNull()).isTrue();
        JsonNode found = Eventually.await(() -> Http.json(Http.get(url("/api/v1/products?q=" + name.substring(8)))),
                page -> page.toString().contains("\"id\":\"" + id + "\""), "the published listing showing up in search");
        found.get("items").forEach(card -> {
            if (card.get("id").asText().equals(id)) {
                assertThat(card.has("imageUrl")).isTrue();
                assertThat(card.get("imageUrl").isNull()).isTrue();
            }
        });
    }

    @Test
    void listingsWhoseNamesAndSkusMakeTheSameSlugEachGetTheirOwnAddress() {
        // Every SKU carries this run's letters, so that the test can run again on the same database.
        String first = "K" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String second = "Q" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        List<String> slugs = new ArrayList<>();
        for (String[] nameAndSku : List.of(new String[] {"Kopi Gula", first + "-" + second},
                new String[] {"Kopi Gula " + first, second}, new String[] {"Kopi Gula", (first + "-" + second).toLowerCase()})) {
            HttpResponse<String> created = Http.post(url("/api/v1/products"), SARI, SARI_PASSWORD,
                    "{\"name\":\"" + nameAndSku[0] + "\",\"sku\":\"" + nameAndSku[1]
                            + "\",\"category\":\"minuman\",\"price\":1000,\"stock\":1}");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            slugs.add(Http.json(created).get("slug").asText());
        }
        assertThat(slugs).doesNotHaveDuplicates();
    }

    @Test
    void listingsWithOneSkuCreatedAtTheSameMomentGiveOneListingAndClearRefusals() throws Exception {
        String sku = "BALAP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String listing = "{\"name\":\"Tas Balapan\",\"sku\":\"" + sku + "\",\"category\":\"anyaman\",\"price\":1000,\"stock\":1}";
        List<Integer> statuses = new ArrayList<>();
        for (HttpResponse<String> answer : AtOnce.calls(8, () -> Http.post(url("/api/v1/products"), SARI, SARI_PASSWORD, listing))) {
            statuses.add(answer.statusCode());
            if (answer.statusCode() != 201) {
                assertProblem(answer, answer.statusCode());
            }
        }
        assertThat(statuses).as("one listing; the others refused for the SKU (400) or the race (409)").isSubsetOf(201, 400, 409);
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
    }

    @Test
    void rejectionNeedsAReasonAndTakesTheListingOutOfTheShop() {
        String id = createAsSari("Dompet Uji " + UUID.randomUUID().toString().substring(0, 6)).get("id").asText();
        Http.post(url("/api/v1/products/" + id + "/publish"), BEKASI, COORDINATOR_PASSWORD, null);
        assertThat(Http.get(url("/api/v1/products/" + id)).statusCode()).isEqualTo(200);

        JsonNode noReason = assertProblem(Http.post(url("/api/v1/products/" + id + "/reject"), BEKASI, COORDINATOR_PASSWORD,
                "{\"reason\":\"  \"}"), 400);
        assertThat(noReason.get("errors").get(0).get("field").asText()).isEqualTo("reason");
        JsonNode rejected = Http.json(Http.post(url("/api/v1/products/" + id + "/reject"), BEKASI, COORDINATOR_PASSWORD,
                "{\"reason\":\"Foto kurang jelas\"}"));
        assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("rejectionReason").asText()).isEqualTo("Foto kurang jelas");
        assertProblem(Http.get(url("/api/v1/products/" + id)), 404);
    }

    @Test
    void updatesAreGuardedAgainstLostChanges() {
        JsonNode draft = createAsSari("Keset Uji " + UUID.randomUUID().toString().substring(0, 6));
        String id = draft.get("id").asText();
        String etag = "\"" + draft.get("version").asText() + "\"";
        HttpResponse<String> first = Http.put(url("/api/v1/products/" + id), SARI, SARI_PASSWORD, etag,
                form("Keset Perca Besar", 30_000, 9, null));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(Http.json(first).get("price").asLong()).isEqualTo(30_000);
        assertThat(first.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);

        assertProblem(Http.put(url("/api/v1/products/" + id), SARI, SARI_PASSWORD, etag,
                form("Keset Perca Kecil", 20_000, 9, null)), 409);
        assertProblem(Http.put(url("/api/v1/products/" + id), MAGELANG, COORDINATOR_PASSWORD, null,
                form("Bukan milik Magelang", 1, 1, null)), 403);
        // The maker is repeated or left out, never changed silently.
        String makerId = draft.get("maker").get("id").asText();
        assertThat(Http.put(url("/api/v1/products/" + id), SARI, SARI_PASSWORD, null,
                form("Keset Perca Besar", 30_000, 9, makerId)).statusCode()).isEqualTo(200);
        JsonNode otherMaker = assertProblem(Http.put(url("/api/v1/products/" + id), BEKASI, COORDINATOR_PASSWORD, null,
                form("Keset Perca Besar", 30_000, 9, makerId + "0")), 400);
        assertThat(otherMaker.get("errors").get(0).get("field").asText()).isEqualTo("makerId");
    }

    @Test
    void invalidListingsAreRefusedFieldByField() {
        JsonNode problem = assertProblem(Http.post(url("/api/v1/products"), SARI, SARI_PASSWORD,
                "{\"name\":\"\",\"category\":\"anyaman\",\"price\":-5,\"stock\":1}"), 400);
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains("name", "price");

        JsonNode category = assertProblem(Http.post(url("/api/v1/products"), SARI, SARI_PASSWORD,
                form("Tas", 10_000, 1, null).replace("anyaman", "tidak-ada")), 400);
        assertThat(category.get("errors").get(0).get("field").asText()).isEqualTo("category");

        // Rupiah and pieces are whole numbers: 1.5 was once cut to 1 and saved.
        JsonNode fractions = assertProblem(Http.post(url("/api/v1/products"), SARI, SARI_PASSWORD,
                "{\"name\":\"Tas\",\"category\":\"anyaman\",\"price\":1500.5,\"stock\":1.7}"), 400);
        List<String> fractionFields = new ArrayList<>();
        fractions.get("errors").forEach(e -> fractionFields.add(e.get("field").asText()));
        assertThat(fractionFields).containsExactlyInAnyOrder("price", "stock");

        assertProblem(Http.post(url("/api/v1/products"), SARI, SARI_PASSWORD, "{not json"), 400);
        assertProblem(Http.post(url("/api/v1/products"), SARI, SARI_PASSWORD, "[]"), 400);
        assertProblem(Http.post(url("/api/v1/products"), SARI, SARI_PASSWORD, null), 400);
        assertProblem(Http.post(url("/api/v1/products"), SARI, "wrong", form("Tas", 1, 1, null)), 401);
    }

    @Test
    void photosAreCheckedByContentResizedAndServed() throws java.io.IOException {
        String id = createAsSari("Taplak Foto " + UUID.randomUUID().toString().substring(0, 6)).get("id").asText();
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(1600, 1200, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(picture, "png", png);

        HttpResponse<String> added = Http.postBytes(url("/api/v1/products/" + id + "/photos"), SARI, SARI_PASSWORD,
                "image/png", png.toByteArray());
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonNode images = Http.json(added).get("images");
        assertThat(images.size()).isEqualTo(1);
        HttpResponse<byte[]> served = Http.getBytes(url(images.get(0).asText()));
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).contains("image/jpeg");
        java.awt.image.BufferedImage shown = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(served.body()));
        assertThat(shown.getWidth()).isEqualTo(1200);

        assertProblem(Http.postBytes(url("/api/v1/products/" + id + "/photos"), SARI, SARI_PASSWORD,
                "image/jpeg", "bukan foto".getBytes(java.nio.charset.StandardCharsets.UTF_8)), 415);
        assertProblem(Http.postBytes(url("/api/v1/products/" + id + "/photos"), MAGELANG, COORDINATOR_PASSWORD,
                "image/png", png.toByteArray()), 403);
        assertProblem(Http.send(Http.request(url("/api/v1/products/" + id + "/photos/5"))
                .header("Authorization", Http.basic(SARI, SARI_PASSWORD)).DELETE().build()), 400);
        HttpResponse<String> removed = Http.send(Http.request(url("/api/v1/products/" + id + "/photos/0"))
                .header("Authorization", Http.basic(SARI, SARI_PASSWORD)).DELETE().build());
        assertThat(Http.json(removed).get("images").size()).isZero();
        assertThat(Http.getBytes(url(images.get(0).asText())).statusCode()).isEqualTo(404);

        // An archived listing keeps its photos as they were, like its text.
        assertThat(Http.postBytes(url("/api/v1/products/" + id + "/photos"), SARI, SARI_PASSWORD,
                "image/png", png.toByteArray()).statusCode()).isEqualTo(201);
        assertThat(Http.post(url("/api/v1/products/" + id + "/archive"), SARI, SARI_PASSWORD, null).statusCode())
                .isEqualTo(200);
        assertProblem(Http.postBytes(url("/api/v1/products/" + id + "/photos"), SARI, SARI_PASSWORD,
                "image/png", png.toByteArray()), 409);
        assertProblem(Http.send(Http.request(url("/api/v1/products/" + id + "/photos/0"))
                .header("Authorization", Http.basic(SARI, SARI_PASSWORD)).DELETE().build()), 409);
        List<Integer> photoCounts = new ArrayList<>();
        Http.json(Http.get(url("/api/v1/me/products?status=ARCHIVED&size=100"), SARI, SARI_PASSWORD)).get("items")
                .forEach(item -> {
                    if (item.get("id").asText().equals(id)) {
                        photoCounts.add(item.get("images").size());
                    }
                });
        assertThat(photoCounts).containsExactly(1);
    }

    @Test
    void coordinatorsListOnlyForMakersOfTheirUnit() {
        String sariMaker = Http.json(Http.get(url("/api/v1/me"), SARI, SARI_PASSWORD)).get("makerId").asText();
        JsonNode missingMaker = assertProblem(Http.post(url("/api/v1/products"), BEKASI, COORDINATOR_PASSWORD,
                form("Tas", 10_000, 1, null)), 400);
        assertThat(missingMaker.get("errors").get(0).get("field").asText()).isEqualTo("makerId");
        assertProblem(Http.post(url("/api/v1/products"), MAGELANG, COORDINATOR_PASSWORD,
                form("Tas", 10_000, 1, sariMaker)), 403);
        HttpResponse<String> created = Http.post(url("/api/v1/products"), BEKASI, COORDINATOR_PASSWORD,
                form("Tas Koordinator", 10_000, 1, sariMaker));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> numericMakerId = Http.post(url("/api/v1/products"), BEKASI, COORDINATOR_PASSWORD,
                form("Tas Koordinator", 10_000, 1, sariMaker).replace("\"" + sariMaker + "\"", sariMaker));
        assertThat(numericMakerId.statusCode()).as(numericMakerId.body()).isEqualTo(201);

        JsonNode unitList = Http.json(Http.get(url("/api/v1/admin/products?size=100"), MAGELANG, COORDINATOR_PASSWORD));
        unitList.get("items").forEach(item -> assertThat(item.get("region").asText()).isEqualTo("Kabupaten Magelang"));
        assertProblem(Http.get(url("/api/v1/admin/products?status=LOST"), MAGELANG, COORDINATOR_PASSWORD), 400);
        assertProblem(Http.get(url("/api/v1/admin/products"), SARI, SARI_PASSWORD), 403);

        // page × size past int's range once overflowed into a negative offset and a 500
        JsonNode farPastTheEnd = Http.json(Http.get(url("/api/v1/admin/products?page=2147483647&size=100"),
                MAGELANG, COORDINATOR_PASSWORD));
        assertThat(farPastTheEnd.get("items")).isEmpty();
        assertThat(farPastTheEnd.get("total").asLong()).isPositive();
        assertThat(Http.json(Http.get(url("/api/v1/me/products?page=2147483647&size=100"), SARI, SARI_PASSWORD))
                .get("items")).isEmpty();
    }
}
