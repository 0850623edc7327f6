package org.sentrakreasi.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** One call of the public product list, {@code GET /api/v1/products?...}; parameters keep their order. */
public record SearchRequest(String label, Map<String, String> parameters) {

    public static final String PRODUCTS = "/api/v1/products";

    /** Path and encoded query string, as both the JDK client and wrk send it. */
    public String path() {
        if (parameters.isEmpty()) {
            return PRODUCTS;
        }
        return PRODUCTS + "?" + parameters.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String encode(String value) {
        // URLEncoder writes form encoding; %20 rather than + keeps the paths readable in wrk output and logs.
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
