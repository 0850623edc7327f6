package org.sentrakreasi.storefront.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sentrakreasi.storefront.importing.ImportLauncher;
import org.sentrakreasi.storefront.security.CurrentActor;
import org.sentrakreasi.storefront.security.Roles;

/** Bulk listing import (API.md): upload a CSV, then follow the job at /api/v1/admin/import-jobs/{jobId}. */
@Path("v1/admin/products/import")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    /** API.md: 202 {"jobId"}. */
    public record JobStarted(String jobId) {
    }

    @Inject
    ImportLauncher launcher;

    @Inject
    CurrentActor actor;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Import listings from CSV (sku,name,description,category,price,stock,maker,region,unit,status)")
    public Response importCsv(InputStream csv) throws IOException {
        String jobId = launcher.start(actor.get(), csv);
        return Response.accepted(new JobStarted(jobId))
                .location(URI.create("/api/v1/admin/import-jobs/" + jobId)).build();
    }
}
