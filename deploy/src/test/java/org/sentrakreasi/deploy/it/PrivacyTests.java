package org.sentrakreasi.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md's worst bug: private beneficiary data on a public surface. A beneficiary is registered
 * with distinctive private values, becomes a maker with a published listing, and then none of
 * those values may appear in a public page, public JSON (an order's receipt and tracking too), a
 * search answer, a document of the search index or a line of the application log. Withdrawing the story consent takes the story off
 * the maker page at once; withdrawing the display-name consent takes the name off the product JSON
 * and pages at once (the maker's former address with it) and out of search at once.
 */
abstract class PrivacyTests {

    private static final String[] BEKASI = {"koordinator.bekasi", "demo-koordinator"};
    private static final int RACING_REGISTRATIONS = 8;

    abstract RunningApplication app();

    /** Everything the application's search index holds for products, as text. */
    abstract String searchIndexContents() throws IOException;

    @Test
    void privateValuesReachNoPublicSurfaceAndAWithdrawnNameLeavesThem() throws IOException {
        Beneficiary person = Beneficiary.distinctive();
        String beneficiaryId = Http.json(expect(201, post("/api/v1/beneficiaries", person.registration(unitId()))))
                .get("id").asText();
        for (String field : List.of("DISPLAY_NAME", "STORY", "REGION")) {
            expect(201, post("/api/v1/beneficiaries/" + beneficiaryId + "/consent",
                    "{\"field\":\"" + field + "\",\"granted\":true,\"guardianConsent\":false}"));
        }
        String publicName = "Bu " + capitalised(word());
        String story = "Belajar menjahit di balai " + word();
        String makerId = Http.json(expect(201, post("/api/v1/beneficiaries/" + beneficiaryId + "/maker-profile",
                "{\"displayName\":\"" + publicName + "\",\"story\":\"" + story + "\","
                        + "\"region\":\"Kota Bekasi\",\"showPhoto\":false}"))).get("makerId").asText();
        String productWord = word();
        String productId = publishedListing(makerId, "Taplak " + capitalised(productWord));
        Eventually.await(() -> total(productWord), total -> total == 1, "the listing in search");

        String makerPage = "/pengrajin/" + Http.json(expect(200, Http.get(app().url("/api/v1/makers/" + makerId))))
                .get("slug").asText();
        String productPage = "/p/" + Http.json(expect(200, Http.get(app().url("/api/v1/products/" + productId))))
                .get("slug").asText();
        List<String> surfaces = publicSurfaces(productId, productWord, makerId, List.of(makerPage, productPage));
        surfaces.addAll(orderSurfaces(productId));
        assertThat(String.join("\n", surfaces)).as("the public side shows the consented name")
                .contains(publicName);
        assertThat(expect(200, Http.get(app().url(makerPage))).body()).as("the maker page shows the consented fields")
                .contains(publicName).contains(story).contains("Kota Bekasi");
        String index = searchIndexContents();
        assertThat(index).as("the index documents are read").contains(publicName);
        String log = Files.readString(app().log(), StandardCharsets.UTF_8);
        for (String secret : person.privateValues()) {
            for (String surface : surfaces) {
                assertThat(surface.toLowerCase(Locale.ROOT)).as("public surface").doesNotContain(secret.toLowerCase(Locale.ROOT));
            }
            assertThat(index.toLowerCase(Locale.ROOT)).as("search index").doesNotContain(secret.toLowerCase(Locale.ROOT));
            assertThat(log.toLowerCase(Locale.ROOT)).as("application log").doesNotContain(secret.toLowerCase(Locale.ROOT));
        }
        for (String secret : person.searchableValues()) {
            assertThat(total(secret)).as("search for a private value").isZero();
        }

        expect(201, post("/api/v1/beneficiaries/" + beneficiaryId + "/consent",
                "{\"field\":\"STORY\",\"granted\":false,\"guardianConsent\":false}"));
        assertThat(expect(200, Http.get(app().url(makerPage))).body()).as("the withdrawn story off the maker page at once")
                .contains(publicName).doesNotContain(story);

        expect(201, post("/api/v1/beneficiaries/" + beneficiaryId + "/consent",
                "{\"field\":\"DISPLAY_NAME\",\"granted\":false,\"guardianConsent\":false}"));
        JsonNode shown = Http.json(Http.get(app().url("/api/v1/products/" + productId)));
        assertThat(shown.get("maker").get("name").asText()).as("at once").isNotEqualTo(publicName);
        assertThat(Http.get(app().url(makerPage)).statusCode()).as("no address keeps the withdrawn name").isEqualTo(404);
        HttpResponse<String> renamed = expect(200, Http.get(app().url(productPage)));
        assertThat(between(renamed.body(), "<main", "id=\"related-heading\"")).as("the product page at once")
                .doesNotContain(publicName).contains("Pengrajin Balai Pangudi Luhur Bekasi");
        assertThat(expect(200, Http.get(app().url("/api/v1/makers/" + makerId))).body()).doesNotContain(publicName);
        String nameWord = publicName.substring(3);
        assertThat(total(nameWord)).as("the withdrawn name out of search at once").isZero();
        Eventually.await(this::indexOrFail, contents -> !contents.contains(publicName),
                "the withdrawn name out of every index document");
    }

    /**
     * Two registrations of one NIK at the same moment both pass the look-up, and the database's
     * unique index refuses the second, with an error text that quotes the NIK. The second answer
     * then names no beneficiary (whose it is cannot be told yet), which tells the race happened.
     */
    @Test
    void aNikRegisteredTwiceAtOnceReachesNoLog() throws Exception {
        List<String> niks = new ArrayList<>();
        int raced = 0;
        for (int round = 0; round < 30 && raced == 0; round++) {
            Beneficiary person = Beneficiary.distinctive();
            niks.add(person.nik());
            String registration = person.registration(unitId());
            int registered = 0;
            for (HttpResponse<String> response : AtOnce.calls(RACING_REGISTRATIONS,
                    () -> post("/api/v1/beneficiaries", registration))) {
                if (response.statusCode() == 201) {
                    registered++;
                } else {
                    expect(409, response);
                    if (!response.body().contains("as beneficiary")) {
                        raced++;
                    }
                }
            }
            assertThat(registered).as("one registration of the NIK").isEqualTo(1);
        }
        assertThat(raced).as("registrations that reached the unique index").isPositive();
        List<String> leaks = Files.readAllLines(app().log(), StandardCharsets.UTF_8).stream()
                .filter(line -> niks.stream().anyMatch(line::contains)).toList();
        assertThat(leaks).as("lines of the application log with a NIK").isEmpty();
    }

    private List<String> publicSurfaces(String productId, String productWord, String makerId, List<String> pages) {
        List<String> surfaces = new ArrayList<>();
        List<String> paths = new ArrayList<>(List.of("/", "/api/v1/products/" + productId, "/api/v1/products?q=" + productWord,
                "/api/v1/products?maker=" + makerId, "/api/v1/products?size=100", "/api/v1/makers/" + makerId,
                "/api/v1/products/suggest?q=" + productWord.substring(0, 3), "/api/v1/categories",
                "/cari?q=" + productWord, "/kategori/rumah-tangga"));
        paths.addAll(pages);
        for (String path : paths) {
            surfaces.add(expect(200, Http.get(app().url(path))).body());
        }
        return surfaces;
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("page contains " + start).isNotNegative();
        int to = text.indexOf(end, from);
        return text.substring(from, to < 0 ? text.length() : to);
    }

    /** An order of the maker's product as its buyer sees it (receipt and tracking): maker ids only. */
    private List<String> orderSurfaces(String productId) {
        String buyer = "privasi." + word() + "@contoh.id";
        HttpResponse<String> receipt = expect(201, new Shoppers(app()).place(UUID.randomUUID().toString(),
                Shoppers.shipping(buyer, Map.of(productId, 1))));
        String code = Http.json(receipt).get("code").asText();
        return List.of(receipt.body(), expect(200, Http.get(app().url("/api/v1/orders/" + code + "?email=" + buyer))).body());
    }

    private String publishedListing(String makerId, String name) {
        String id = Http.json(expect(201, post("/api/v1/products", """
                {"name":"%s","description":"Taplak meja jahitan tangan","materials":"katun",
                 "category":"rumah-tangga","price":65000,"stock":3,"makerId":"%s"}""".formatted(name, makerId))))
                .get("id").asText();
        expect(200, post("/api/v1/products/" + id + "/submit", null));
        expect(200, post("/api/v1/products/" + id + "/publish", null));
        return id;
    }

    private String unitId() {
        return Http.json(Http.get(app().url("/api/v1/me"), BEKASI[0], BEKASI[1])).get("unitId").asText();
    }

    private long total(String q) {
        return Http.json(expect(200, Http.get(app().url("/api/v1/products?q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))))).get("total").asLong();
    }

    private String indexOrFail() {
        try {
            return searchIndexContents();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private HttpResponse<String> post(String path, String json) {
        return Http.post(app().url(path), BEKASI[0], BEKASI[1], json);
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.request().uri() + ": " + response.body()).isEqualTo(status);
        return response;
    }

    /** A made-up word no fixture or demo product holds: letters only, so it stays one search term. */
    static String word() {
        StringBuilder word = new StringBuilder("zq");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 7; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** Fictional, distinctive private values: an adult woman with a NIK that agrees with her birth date. */
    record Beneficiary(String fullName, String nik, LocalDate birthDate, String address, String phone, String notes,
                       List<String> searchableValues) {

        static Beneficiary distinctive() {
            String surname = capitalised(word());
            String street = capitalised(word());
            String note = word();
            LocalDate birthDate = LocalDate.of(1991, 4, 23);
            String nik = "327501" + (23 + 40) + "0491" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
            String phone = "0857" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
            return new Beneficiary("Wulan " + surname, nik, birthDate, "Jalan " + street + " 17", phone,
                    "Catatan " + note, List.of(surname, nik, phone, street, note));
        }

        String registration(String unitId) {
            return """
                    {"fullName":"%s","nik":"%s","gender":"F","birthDate":"%s","cluster":"KORBAN_NAPZA",
                     "unitId":"%s","address":"%s","phone":"%s","notes":"%s"}""".formatted(fullName, nik, birthDate,
                    unitId, address, phone, notes);
        }

        List<String> privateValues() {
            List<String> values = new ArrayList<>(searchableValues);
            values.addAll(List.of(fullName, birthDate.toString(), address, notes, "KORBAN_NAPZA"));
            return values;
        }
    }
}
