package org.sentrakreasi.storefront.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sentrakreasi.catalog.application.ImportJobStatus;
import org.sentrakreasi.catalog.application.ProductImport;
import org.sentrakreasi.storefront.security.CurrentActor;
import org.sentrakreasi.storefront.security.Roles;

@Path("v1/admin/import-jobs")
@Produces(MediaType.APPLICATION_JSON)
public class ImportJobResource {

    @Inject
    ProductImport productImport;

    @Inject
    CurrentActor actor;

    @GET
    @Path("{jobId}")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Progress and per-line errors of an import job")
    public ImportJobStatus job(@PathParam("jobId") String jobId) {
        return productImport.status(actor.get(), jobId)
                .orElseThrow(() -> new NotFoundException("No import job " + jobId));
    }
}
