package org.sentrakreasi.vocational.application;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sentrakreasi.vocational.domain.InvalidValueException;

/** Reads a choice typed as text (a query parameter) into its enum, naming the field when it is none of them. */
final class Choices {

    private Choices() {
    }

    static <E extends Enum<E>> E optional(Class<E> type, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidValueException(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                        .map(Enum::name).collect(Collectors.joining(", "))));
    }
}
