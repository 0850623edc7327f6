package org.sentrakreasi.storefront.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sentrakreasi.catalog.application.ListingQueries;
import org.sentrakreasi.catalog.application.ManagedPage;
import org.sentrakreasi.storefront.security.CurrentActor;
import org.sentrakreasi.storefront.security.Roles;

/** A maker's own listings in every status. */
@Path("v1/me/products")
@Produces(MediaType.APPLICATION_JSON)
public class MyListingResource {

    @Inject
    ListingQueries queries;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed(Roles.MAKER)
    @Operation(summary = "The signed-in maker's own listings")
    public ManagedPage myListings(@QueryParam("status") String status, @QueryParam("q") String q,
                                  @QueryParam("page") String page, @QueryParam("size") String size) {
        return AdminListingResource.page(queries, actor, status, q, page, size);
    }
}
