package org.sentrakreasi.storefront.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sentrakreasi.catalog.application.CatalogQueries;
import org.sentrakreasi.catalog.application.MakerProfile;

/** Public maker profiles: the consented fields only, with the maker's published products. */
@Path("v1/makers")
@Produces(MediaType.APPLICATION_JSON)
public class MakerResource {

    @Inject
    CatalogQueries catalog;

    @GET
    @Path("{id}")
    @Operation(summary = "A maker's public profile (consented fields only) and published products")
    public MakerProfile get(@PathParam("id") String id) {
        return catalog.makerProfile(id);
    }
}
