package org.sentrakreasi.storefront.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Checks the Content-Type of API requests before Jersey sees them. Jersey's servlet parses it
 * before any JAX-RS filter or exception mapper runs and answers an unparsable one ({@code garbage},
 * {@code application/}, or two Content-Type headers) with the server's HTML error page; a charset
 * Java does not know passed the parser and failed when the body was read, as a 500. Both are
 * answered here as problems.
 */
@WebFilter(urlPatterns = "/api/*", asyncSupported = true)
public class ContentTypeFilter extends HttpFilter {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        List<String> headers = Collections.list(request.getHeaders(HttpHeaders.CONTENT_TYPE));
        if (headers.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        // Jersey refuses a second Content-Type the same way as an unparsable one
        if (headers.size() > 1) {
            send(response, Problem.invalid("The Content-Type header is sent more than once.",
                    List.of(new Problem.FieldError(HttpHeaders.CONTENT_TYPE, "is sent more than once; send one"))));
            return;
        }
        Optional<MediaType> type = parsed(headers.get(0));
        if (type.isEmpty()) {
            send(response, Problem.invalidHeader(HttpHeaders.CONTENT_TYPE));
            return;
        }
        if (!hasKnownCharset(type.get())) {
            send(response, Problem.of("unsupported-media-type", "Unsupported Media Type", 415,
                    "The Content-Type names a charset this server does not know; send UTF-8."));
            return;
        }
        chain.doFilter(request, response);
    }

    private static Optional<MediaType> parsed(String header) {
        try {
            return Optional.of(MediaType.valueOf(header));
        } catch (IllegalArgumentException unparsable) {
            return Optional.empty();
        }
    }

    static boolean hasKnownCharset(MediaType type) {
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            return charset == null || Charset.isSupported(charset);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }

    private static void send(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.toJson(problem));
    }
}
