package org.sentrakreasi.storefront.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sentrakreasi.catalog.application.ListingQueries;
import org.sentrakreasi.catalog.application.ManagedPage;
import org.sentrakreasi.catalog.application.ProductQuery;
import org.sentrakreasi.storefront.security.CurrentActor;
import org.sentrakreasi.storefront.security.Roles;

/** The back office's view of listings in every status: coordinators see their unit's, makers their own. */
@Path("v1/admin/products")
@Produces(MediaType.APPLICATION_JSON)
public class AdminListingResource {

    @Inject
    ListingQueries queries;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Listings of the caller's unit (all units for admins), newest first")
    public ManagedPage unitListings(@QueryParam("status") String status, @QueryParam("q") String q,
                                    @QueryParam("page") String page, @QueryParam("size") String size) {
        return page(queries, actor, status, q, page, size);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.MAKER, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "One listing in any status, with its ETag for updates")
    public Response listing(@PathParam("id") String id) {
        return ListingResource.withVersion(Response.ok(), queries.listing(actor.get(), id));
    }

    static ManagedPage page(ListingQueries queries, CurrentActor actor, String status, String q, String page, String size) {
        QueryParameters params = new QueryParameters();
        int pageNumber = params.intOrDefault("page", page, 0);
        int pageSize = params.intOrDefault("size", size, ProductQuery.DEFAULT_SIZE);
        params.requireValid();
        return queries.listings(actor.get(), QueryParameters.optionalText(status), QueryParameters.optionalText(q), pageNumber, pageSize);
    }
}
