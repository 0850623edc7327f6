package org.sentrakreasi.storefront.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

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
        // A chunked body declares no length: it is counted as the reader takes it, in the reader's
        // own small reads. (Asking the stream for the whole limit at once made Grizzly's HTTP/2
        // input wait for bytes that never came, until its read timeout.)
        context.setInputStream(new CountedInput(context.getInputStream()));
        try {
            return context.proceed();
        } catch (RuntimeException e) {
            throw tooLargeAmongCauses(e);
        }
    }

    /** The reader may wrap what the stream threw; the 413 is the answer all the same. */
    private static RuntimeException tooLargeAmongCauses(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return failure;
    }

    /** Refuses the byte after the limit. */
    private static final class CountedInput extends FilterInputStream {

        private long count;

        CountedInput(InputStream body) {
            super(body);
        }

        @Override
        public int read() throws IOException {
            int read = super.read();
            counted(read < 0 ? 0 : 1);
            return read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            counted(Math.max(read, 0));
            return read;
        }

        private void counted(int bytes) {
            count += bytes;
            if (count > MAX_JSON_BODY_BYTES) {
                throw new BodyTooLargeException(MAX_JSON_BODY_BYTES);
            }
        }
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
