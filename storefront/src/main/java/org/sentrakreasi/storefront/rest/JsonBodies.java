package org.sentrakreasi.storefront.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.util.List;

/**
 * Reads JSON request bodies into application command records. Resources take the body as text
 * and convert it here because Payara's OpenAPI generator fails on records with Bean Validation
 * annotations as body parameters; validation stays declared once, on the records, and runs in
 * the application services.
 */
final class JsonBodies {

    private static final Jsonb JSON = JsonbBuilder.create();

    private JsonBodies() {
    }

    static <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw new InvalidRequestException(List.of(new Problem.FieldError("body", "a JSON object is required")));
        }
        try {
            T value = JSON.fromJson(body, type);
            if (value == null) {
                throw new InvalidRequestException(List.of(new Problem.FieldError("body", "a JSON object is required")));
            }
            return value;
        } catch (JsonbException e) {
            throw new InvalidRequestException(List.of(new Problem.FieldError("body",
                    "is not valid JSON of the expected shape")));
        }
    }
}
