package org.sentrakreasi.storefront.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sentrakreasi.catalog.application.CatalogQueries;
import org.sentrakreasi.catalog.application.CategorySummary;

@Path("v1/categories")
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {

    @Inject
    CatalogQueries catalog;

    @GET
    @Operation(summary = "All categories with their number of published products")
    public List<CategorySummary> list(@QueryParam("lang") String lang) {
        return catalog.categories(ProductResource.locale(lang));
    }
}
