package org.sentrakreasi.storefront.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Bounds the request bodies that are read whole into memory: every JSON body, and any body a
 * resource takes as a {@code String} (the JSON endpoints, even when a client leaves out the
 * Content-Type). Without a bound one anonymous {@code POST /orders} of a few hundred megabytes ran
 * the server out of heap. The CSV import and photo uploads take streams with their own limits and
 * are not touched.
 */
@Provider
public class JsonBodyLimit implements ReaderInterceptor {

    /**
     * The largest order, listing or attendance sheet the API takes is a few kilobytes; 1 MiB leaves
     * room for any of them (an attendance sheet of thousands of trainees) while a flood of
     * concurrent requests at the limit stays far below the heap.
     */
    static final int MAX_JSON_BODY_BYTES = 1024 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!readWhole(context)) {
            return context.proceed();
        }
        if (declaredLength(context) > MAX_JSON_BODY_BYTES) {
            throw new BodyTooLargeException(MAX_JSON_BODY_BYTES);
        }
        // A chunked body declares no length: read one byte past the limit to know it went over.
        byte[] body = context.getInputStream().readNBytes(MAX_JSON_BODY_BYTES + 1);
        if (body.length > MAX_JSON_BODY_BYTES) {
            throw new BodyTooLargeException(MAX_JSON_BODY_BYTES);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static boolean readWhole(ReaderInterceptorContext context) {
        MediaType type = context.getMediaType();
        boolean json = type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
        return json || context.getType() == String.class;
    }

    private static long declaredLength(ReaderInterceptorContext context) {
        String length = context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
