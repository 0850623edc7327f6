package org.sentrakreasi.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the orders tests do again and again, over HTTP like any client: listings to buy, orders to place. */
final class Shoppers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunningApplication app;

    Shoppers(RunningApplication app) {
        this.app = app;
    }

    /** A published listing of the maker, created and published by a coordinator of the maker's unit. */
    String publishedListing(String[] coordinator, String makerId, String name, long price, int stock) {
        HttpResponse<String> created = Http.post(app.url("/api/v1/products"), coordinator[0], coordinator[1],
                json(Map.of("name", name, "category", "anyaman", "price", price, "stock", stock, "makerId", makerId)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Http.json(created).get("id").asText();
        HttpResponse<String> published = Http.post(app.url("/api/v1/products/" + id + "/publish"), coordinator[0],
                coordinator[1], "");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return id;
    }

    int stockOf(String productId) {
        return Http.json(Http.get(app.url("/api/v1/products/" + productId))).get("stock").asInt();
    }

    HttpResponse<String> place(String key, String body) {
        return Http.send(Http.request(app.url("/api/v1/orders")).header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Places the order with a new key and expects it to succeed; returns the order code. */
    String placed(String body) {
        HttpResponse<String> response = place(UUID.randomUUID().toString(), body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Http.json(response).get("code").asText();
    }

    HttpResponse<String> step(String[] who, String code, String step) {
        return Http.post(app.url("/api/v1/orders/" + code + "/" + step), who[0], who[1], "");
    }

    /** A shipping order paid by bank transfer. */
    static String shipping(String email, Map<String, Integer> quantities) {
        return order(email, Map.of("method", "SHIPPING", "address", "Jl. Melati 5 RT 02/RW 03", "city", "Kota Bekasi",
                "postalCode", "17112"), "BANK_TRANSFER", quantities);
    }

    static String order(String email, Map<String, Object> delivery, String payment, Map<String, Integer> quantities) {
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("customer", Map.of("name", "Pembeli Uji (fiktif)", "email", email, "phone", "0812 3456 7890"));
        order.put("delivery", delivery);
        order.put("payment", payment);
        order.put("lines", quantities.entrySet().stream()
                .map(line -> Map.of("productId", line.getKey(), "quantity", line.getValue())).toList());
        return json(order);
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String email() {
        return "pembeli." + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
    }

    static List<String> fields(HttpResponse<String> problem) {
        return Http.json(problem).findValues("field").stream().map(f -> f.asText()).toList();
    }
}
