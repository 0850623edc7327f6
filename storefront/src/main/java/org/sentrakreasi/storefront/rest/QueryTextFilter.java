package org.sentrakreasi.storefront.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Refuses query parameters that are not text ({@link PlainText}) for every endpoint at once: they
 * end up in database queries and searches, and PostgreSQL answers a NUL in a query parameter
 * ({@code ?q=%00}) with an error, which was a 500. All such parameters are named in one 400.
 */
@Provider
@PreMatching
public class QueryTextFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        List<Problem.FieldError> errors = request.getUriInfo().getQueryParameters().entrySet().stream()
                .filter(parameter -> !parameter.getValue().stream().allMatch(PlainText::isText))
                .map(parameter -> new Problem.FieldError(parameter.getKey(), PlainText.NOT_TEXT))
                .toList();
        if (!errors.isEmpty()) {
            request.abortWith(Problems.response(Problem.invalid("Some parameters could not be read.", errors)));
        }
    }
}
