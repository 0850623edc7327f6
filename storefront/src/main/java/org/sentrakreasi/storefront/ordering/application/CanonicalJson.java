package org.sentrakreasi.storefront.ordering.application;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;

/**
 * The same JSON, however it is written: members sorted by name, no spaces, numbers without
 * trailing zeros ({@code 2}, {@code 2.0} and {@code 2e0} are one number), strings as JSON-P
 * escapes them. Two request bodies are the same request when their canonical forms are equal;
 * {@link #fingerprint} keeps only a SHA-256 of it.
 */
final class CanonicalJson {

    /**
     * Looked up once: each static {@code Json.createXxx} call looks the provider up again through
     * the class path's service files, which under a burst of orders cost more than the order.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    private CanonicalJson() {
    }

    /** @throws IllegalArgumentException when the text is not JSON */
    static String of(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            StringBuilder out = new StringBuilder();
            write(reader.readValue(), out);
            return out.toString();
        } catch (JsonException e) {
            throw new IllegalArgumentException("Not JSON", e);
        }
    }

    static String fingerprint(String json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(of(json).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static void write(JsonValue value, StringBuilder out) {
        switch (value.getValueType()) {
            case OBJECT -> {
                out.append('{');
                boolean first = true;
                for (var member : new TreeMap<>((JsonObject) value).entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    out.append(JSON.createValue(member.getKey())).append(':');
                    write(member.getValue(), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                boolean first = true;
                for (JsonValue element : (JsonArray) value) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    write(element, out);
                }
                out.append(']');
            }
            case NUMBER -> {
                var number = ((JsonNumber) value).bigDecimalValue();
                out.append(number.signum() == 0 ? "0" : number.stripTrailingZeros().toString());
            }
            case STRING -> out.append(JSON.createValue(((JsonString) value).getString()));
            default -> out.append(value);
        }
    }
}
