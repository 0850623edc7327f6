package org.sentrakreasi.storefront.rest;

import jakarta.ws.rs.core.Response;

/** Builds problem+json responses. */
final class Problems {

    private Problems() {
    }

    static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
