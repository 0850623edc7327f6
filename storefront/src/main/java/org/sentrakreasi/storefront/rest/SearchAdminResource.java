package org.sentrakreasi.storefront.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sentrakreasi.storefront.search.SearchMaintenance;
import org.sentrakreasi.storefront.security.Roles;

@Path("v1/admin/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchAdminResource {

    /** What the server accepted to do. */
    public record Accepted(String status) {
    }

    @Inject
    SearchMaintenance maintenance;

    @POST
    @Path("reindex")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rebuild the search index from the database into a fresh index, then switch to it")
    public Response reindex() {
        maintenance.rebuildInBackground();
        return Response.accepted(new Accepted("REBUILDING")).build();
    }
}
