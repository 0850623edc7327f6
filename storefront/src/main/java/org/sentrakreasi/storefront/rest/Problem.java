package org.sentrakreasi.storefront.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} is present for validation problems only and
 * {@code correlationId} for server errors, so that a report can be matched to the log.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors", "correlationId"})
public record Problem(String type, String title, int status, String detail, List<FieldError> errors, String correlationId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "/problems/";

    /** One invalid input: the field as the client named it, and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(String type, String title, int status, String detail) {
        return new Problem(TYPE_BASE + type, title, status, detail, null, null);
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        return new Problem(TYPE_BASE + "validation", "Invalid request", 400, detail, List.copyOf(errors), null);
    }

    /** A request header that cannot be parsed ({@code Accept: a/b/c}), named as the field. */
    public static Problem invalidHeader(String header) {
        return invalid("The " + header + " header is not a valid media type.",
                List.of(new FieldError(header, "is not a valid media type (type/subtype;name=value)")));
    }

    public static Problem serverError(String correlationId) {
        return new Problem(TYPE_BASE + "server-error", "Internal server error", 500,
                "Something went wrong on our side. Quote the correlation id when you report it.", null, correlationId);
    }
}
