package org.sentrakreasi.storefront.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads query parameters that arrive as text, collecting every unreadable one, so that a client
 * learns about all of them in one 400 answer instead of a 404 from the framework's conversion.
 */
final class QueryParameters {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d+");

    private final List<Problem.FieldError> errors = new ArrayList<>();

    Long optionalLong(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String digits = value.strip();
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldError(field, WHOLE_NUMBER.matcher(digits).matches() ? "is out of range" : "must be a whole number"));
            return null;
        }
    }

    /** Records a field error found by the caller, reported with the unreadable ones. */
    void reject(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
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
