package org.sentrakreasi.storefront.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.sentrakreasi.storefront.security.CurrentStaff;
import org.sentrakreasi.storefront.security.Roles;
import org.sentrakreasi.vocational.application.NewProgramme;
import org.sentrakreasi.vocational.application.ProgrammeService;
import org.sentrakreasi.vocational.application.ProgrammeSummary;

/** Programmes (API.md "Vocational"): shared by every unit. */
@Path("v1/programs")
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammeResource {

    @Inject
    ProgrammeService programmes;

    @Inject
    CurrentStaff staff;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "All programmes, by name")
    public List<ProgrammeSummary> list() {
        return programmes.all();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Add a programme")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewProgramme.class)))
    public Response create(String body) {
        ProgrammeSummary created = programmes.create(staff.get(), JsonFields.read(body, NewProgramme.class));
        return Created.at("/api/v1/programs/" + created.id(), created);
    }
}
