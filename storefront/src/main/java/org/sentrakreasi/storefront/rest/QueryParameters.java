package org.sentrakreasi.storefront.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads query parameters that arrive as text, collecting every unreadable one, so that a client
 * learns about all of them in one 400 answer instead of a 404 from the framework's conversion.
 */
final class QueryParameters {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    Long optionalLong(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldError(field, "must be a whole number"));
            return null;
        }
    }

    int intOrDefault(String field, String value, int defaultValue) {
        Long parsed = optionalLong(field, value);
        if (parsed == null) {
            return defaultValue;
        }
        if (parsed < Integer.MIN_VALUE || parsed > Integer.MAX_VALUE) {
            errors.add(new Problem.FieldError(field, "is out of range"));
            return defaultValue;
        }
        return parsed.intValue();
    }

    <T> T optionalChoice(String field, String value, Function<String, Optional<T>> parser, String allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Optional<T> parsed = parser.apply(value.strip());
        if (parsed.isEmpty()) {
            errors.add(new Problem.FieldError(field, "must be one of " + allowed));
        }
        return parsed.orElse(null);
    }

    static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** @throws InvalidRequestException when any parameter was unreadable */
    void requireValid() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
