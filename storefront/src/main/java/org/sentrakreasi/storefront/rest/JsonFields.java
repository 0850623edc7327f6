package org.sentrakreasi.storefront.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads a JSON object into a command record component by component, so that every unreadable
 * value (a date that is no date, an unknown choice, text where a number belongs) is a 400 naming
 * its field, all of them in one answer. JSON-B cannot name the field (it stops at the first
 * problem), and it silently cut {@code 1.5} to {@code 1} for a whole-number field. A component that is itself a
 * record is read from a nested object ({@code customer.email}), a {@code List} of records from an
 * array of objects ({@code lines[1].quantity}).
 * <p>
 * Ids may come as JSON strings (the API's ids are strings) or numbers. Missing members are null,
 * left to the record's Bean Validation, which the application service runs.
 */
final class JsonFields {

    /**
     * The dates the API accepts (birth dates, cohort and session days, assessments, follow-ups):
     * ISO-8601 allows years of nine digits, which H2 stores wrongly and which make a cohort's
     * {@code end_date >= start_date} check fail on the server. Every real date of this domain
     * (the oldest beneficiary's birth, the latest certificate expiry) lies in this range.
     */
    static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

    /** Looked up once: {@code Json.createReader} looks the provider up through the class path on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private JsonFields() {
    }

    static <T extends Record> T read(String body, Class<T> type) {
        JsonStructure json = parse(body);
        if (!(json instanceof JsonObject object)) {
            throw bodyError("a JSON object is required");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        T value = bind(object, type, "", errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return value;
    }

    /** A JSON array of such objects; errors are named like {@code [2].status}. */
    static <T extends Record> List<T> readList(String body, Class<T> type) {
        JsonStructure json = parse(body);
        if (!(json instanceof JsonArray array)) {
            throw bodyError("a JSON array is required");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        List<T> values = bindAll(array, type, "", errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return values;
    }

    /**
     * Besides {@link JsonException}, Parsson refuses input past its limits with other runtime
     * exceptions: {@code NumberFormatException} for an exponent beyond an int, {@code
     * UnsupportedOperationException} for a number of more than 1,100 characters, a bare {@code
     * RuntimeException} for nesting deeper than 1,000. The reader reads a string already in memory,
     * so whatever it throws is about the body, never about the server.
     */
    private static JsonStructure parse(String body) {
        if (body == null || body.isBlank()) {
            throw bodyError("a JSON body is required");
        }
        JsonStructure value;
        try (JsonParser parser = JSON.createParser(new StringReader(body))) {
            value = switch (parser.next()) {
                case START_OBJECT -> parser.getObject();
                case START_ARRAY -> parser.getArray();
                default -> null;
            };
            // A reader stops after the first value, so "{...}}garbage" passed for "{...}"; asked for
            // more, the parser refuses whatever follows the value.
            if (value != null && parser.hasNext()) {
                throw new JsonException("text after the value");
            }
        } catch (RuntimeException e) {
            throw bodyError("is not valid JSON");
        }
        if (value == null) {
            throw bodyError("must be a JSON object or array, not a single value");
        }
        return value;
    }

    private static <T extends Record> T bind(JsonObject object, Class<T> type, String prefix,
                                             List<Problem.FieldError> errors) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            JsonValue json = object.get(name);
            if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            Class<?> target = components[i].getType();
            if (target.isRecord()) {
                values[i] = nested(json, target.asSubclass(Record.class), prefix + name, errors);
            } else if (target == List.class) {
                values[i] = nestedList(json, elementType(components[i]), prefix + name, errors);
            } else {
                try {
                    values[i] = isTextId(components[i]) && json instanceof JsonNumber id && id.isIntegral()
                            ? id.toString() : convert(json, target);
                } catch (IllegalArgumentException unreadable) {
                    errors.add(new Problem.FieldError(prefix + name, unreadable.getMessage()));
                }
            }
        }
        if (errors.stream().anyMatch(e -> e.field().startsWith(prefix))) {
            return null;
        }
        try {
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create " + type.getSimpleName(), e);
        }
    }

    private static <T extends Record> T nested(JsonValue json, Class<T> type, String field,
                                               List<Problem.FieldError> errors) {
        if (!(json instanceof JsonObject object)) {
            errors.add(new Problem.FieldError(field, "must be a JSON object"));
            return null;
        }
        return bind(object, type, field + ".", errors);
    }

    private static <T extends Record> List<T> nestedList(JsonValue json, Class<T> type, String field,
                                                         List<Problem.FieldError> errors) {
        if (!(json instanceof JsonArray array)) {
            errors.add(new Problem.FieldError(field, "must be a JSON array"));
            return null;
        }
        return bindAll(array, type, field, errors);
    }

    /** Each element an object of the record type; the errors named {@code field[i].member}. */
    private static <T extends Record> List<T> bindAll(JsonArray array, Class<T> type, String field,
                                                      List<Problem.FieldError> errors) {
        List<T> values = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonObject object)) {
                errors.add(new Problem.FieldError(field + "[" + i + "]", "must be a JSON object"));
                continue;
            }
            values.add(bind(object, type, field + "[" + i + "].", errors));
        }
        return values;
    }

    /** A text id ({@code makerId}): the API's ids are strings, but a client may send the number. */
    private static boolean isTextId(RecordComponent component) {
        return component.getType() == String.class && component.getName().endsWith("Id");
    }

    private static Class<? extends Record> elementType(RecordComponent component) {
        if (component.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
            return element.asSubclass(Record.class);
        }
        throw new IllegalStateException("No JSON conversion to " + component.getGenericType());
    }

    /** @throws IllegalArgumentException saying what the value must be */
    private static Object convert(JsonValue json, Class<?> target) {
        if (target == String.class) {
            return text(json, "must be text");
        }
        if (target == Long.class) {
            return number(json);
        }
        if (target == Integer.class) {
            long number = number(json);
            if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("is out of range");
            }
            return (int) number;
        }
        if (target == Boolean.class) {
            if (json.getValueType() == JsonValue.ValueType.TRUE || json.getValueType() == JsonValue.ValueType.FALSE) {
                return json.getValueType() == JsonValue.ValueType.TRUE;
            }
            throw new IllegalArgumentException("must be true or false");
        }
        if (target == LocalDate.class) {
            return date(text(json, "must be a date (YYYY-MM-DD)"));
        }
        if (target.isEnum()) {
            return choice(json, target);
        }
        throw new IllegalStateException("No JSON conversion to " + target.getName());
    }

    private static LocalDate date(String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a date (YYYY-MM-DD)");
        }
        if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
            throw new IllegalArgumentException("must be between " + EARLIEST_DATE + " and " + LATEST_DATE);
        }
        return date;
    }

    private static String text(JsonValue json, String expectation) {
        if (json instanceof JsonString string) {
            if (!PlainText.isText(string.getString())) {
                throw new IllegalArgumentException(PlainText.NOT_TEXT);
            }
            return string.getString();
        }
        throw new IllegalArgumentException(expectation);
    }

    private static long number(JsonValue json) {
        try {
            if (json instanceof JsonNumber number && number.isIntegral()) {
                return number.longValueExact();
            }
            if (json instanceof JsonString string && string.getString().strip().matches("-?\\d{1,18}")) {
                return Long.parseLong(string.getString().strip());
            }
        } catch (ArithmeticException | UnsupportedOperationException tooLarge) {
            // Parsson refuses to expand numbers past its limits when a value is asked for
            throw new IllegalArgumentException("is out of range");
        }
        throw new IllegalArgumentException("must be a whole number");
    }

    private static Object choice(JsonValue json, Class<?> enumType) {
        Object[] constants = enumType.getEnumConstants();
        String allowed = Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
        String wanted = text(json, "must be one of " + allowed).strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(constants).filter(c -> ((Enum<?>) c).name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("must be one of " + allowed));
    }

    private static InvalidRequestException bodyError(String message) {
        return new InvalidRequestException(List.of(new Problem.FieldError("body", message)));
    }
}
