package org.sentrakreasi.vocational.domain;

/** Checks on input values shared by the aggregates; failures name the field as the API does. */
final class Require {

    private Require() {
    }

    /** Stripped text, present and at most {@code maxLength} characters (the column's size). */
    static String text(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, field + " is required");
        }
        return withinLength(value.strip(), field, maxLength);
    }

    /** Stripped text or null when blank: for fields that may be left empty. */
    static String optionalText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return withinLength(value.strip(), field, maxLength);
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, field + " is required");
        }
        return value;
    }

    private static String withinLength(String value, String field, int maxLength) {
        if (value.length() > maxLength) {
            throw new InvalidValueException(field, field + " is longer than " + maxLength + " characters");
        }
        return value;
    }
}
