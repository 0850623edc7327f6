package org.sentrakreasi.storefront.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.sentrakreasi.storefront.security.CurrentStaff;
import org.sentrakreasi.storefront.security.Roles;
import org.sentrakreasi.vocational.application.AttendanceMark;
import org.sentrakreasi.vocational.application.CohortService;
import org.sentrakreasi.vocational.application.SessionSummary;

/** A training session's attendance register (API.md "Vocational"). */
@Path("v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    CohortService cohorts;

    @Inject
    CurrentStaff staff;

    @PUT
    @Path("{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Record or correct the register: [{beneficiaryId, status: PRESENT|ABSENT|EXCUSED}]")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = AttendanceMark.class)))
    public SessionSummary recordAttendance(@PathParam("id") String id, String body) {
        return cohorts.recordAttendance(staff.get(), PathIds.parse("session", id),
                JsonFields.readList(body, AttendanceMark.class));
    }
}
