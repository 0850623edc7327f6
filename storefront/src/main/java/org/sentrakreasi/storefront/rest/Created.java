package org.sentrakreasi.storefront.rest;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/** 201 answers with the new resource's location. */
final class Created {

    private Created() {
    }

    static Response at(String path, Object body) {
        return Response.created(URI.create(path)).entity(body).build();
    }
}
