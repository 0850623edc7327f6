package org.sentrakreasi.storefront.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Checks Accept before Jersey matches a resource. Jersey parses it while matching and answers an
 * unparsable one with a bare 400 that the server turns into an HTML page (its {@code
 * HeaderValueException} never reaches an exception mapper); a charset Java does not know passed
 * the parser and failed when the answer was written, as a 500. (Content-Type is parsed earlier,
 * see {@link ContentTypeFilter}.)
 */
@Provider
@PreMatching
public class AcceptHeaderFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        List<MediaType> accepted;
        try {
            accepted = request.getAcceptableMediaTypes();
        } catch (RuntimeException unparsable) {
            request.abortWith(Problems.response(Problem.invalidHeader(HttpHeaders.ACCEPT)));
            return;
        }
        if (!accepted.stream().allMatch(ContentTypeFilter::hasKnownCharset)) {
            request.abortWith(Problems.response(Problem.of("not-acceptable", "Not Acceptable", 406,
                    "The Accept header names a charset this server does not know; answers are UTF-8.")));
        }
    }
}
