package org.sentrakreasi.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Works to buy and orders placed through the API, for the tests of the order pages: each test makes
 * its own work (Ibu Sari's, of Bekasi: the maker of the demo account pengrajin.sari) so that stock and
 * income are its own.
 */
final class Shopping {

    static final String[] BEKASI = {"koordinator.bekasi", "demo-koordinator"};
    static final String[] MAGELANG = {"koordinator.magelang", "demo-koordinator"};
    static final String[] SARI = {"pengrajin.sari", "demo-pengrajin"};

    private Shopping() {
    }

    /**
     * A published work of Ibu Sari (Bekasi) named "Bakul {word}", once search finds it. Not a "tas": other
     * tests pick a demo bag with a photo by searching for one.
     *
     * @return its search item (id, slug, name, price)
     */
    static JsonNode sarisWork(RunningApplication app, String word, long price, int stock) {
        String csv = Imports.HEADER + "ORD-" + word + ",Bakul " + word + ",Bakul anyaman " + word + ",anyaman," + price + ","
                + stock + ",Ibu Sari,,,PUBLISHED\n";
        JsonNode job = Imports.awaitJob(app, BEKASI[0], Imports.start(app, BEKASI[0], csv));
        assertThat(job.get("failed").asInt()).as(job.toString()).isZero();
        return Eventually.await(() -> Http.json(Http.get(app.url("/api/v1/products?q=" + word))).get("items"),
                found -> found.size() == 1, "the work " + word + " in search").get(0);
    }

    /** Places an order of the work for pickup, paid by transfer, as the API's clients do; returns its code. */
    static String placeOrder(RunningApplication app, String productId, int quantity, String buyerName, String email) {
        String body = "{\"customer\":{\"name\":\"" + buyerName + "\",\"email\":\"" + email + "\",\"phone\":\"0812 3456 7890\"},"
                + "\"delivery\":{\"method\":\"PICKUP\"},\"payment\":\"BANK_TRANSFER\","
                + "\"lines\":[{\"productId\":\"" + productId + "\",\"quantity\":" + quantity + "}]}";
        HttpResponse<String> placed = Http.send(Http.request(app.url("/api/v1/orders"))
                .header("Idempotency-Key", UUID.randomUUID().toString()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        return Http.json(placed).get("code").asText();
    }

    /** Five random lowercase letters: names unique in this run, findable by a search. */
    static String letters() {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }
}
