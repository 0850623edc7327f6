package org.sentrakreasi.storefront.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.sentrakreasi.storefront.security.CurrentStaff;
import org.sentrakreasi.storefront.security.Roles;
import org.sentrakreasi.vocational.application.CohortDetails;
import org.sentrakreasi.vocational.application.CohortExport;
import org.sentrakreasi.vocational.application.CohortOutcome;
import org.sentrakreasi.vocational.application.CohortOutcomes;
import org.sentrakreasi.vocational.application.CohortQueries;
import org.sentrakreasi.vocational.application.CohortService;
import org.sentrakreasi.vocational.application.CohortSummary;
import org.sentrakreasi.vocational.application.Enrol;
import org.sentrakreasi.vocational.application.EnrollmentSummary;
import org.sentrakreasi.vocational.application.NewCohort;
import org.sentrakreasi.vocational.application.NewSession;
import org.sentrakreasi.vocational.application.SessionSummary;

/** Cohorts (angkatan) of the caller's unit (API.md "Vocational"): planning, enrolment, sessions, figures. */
@Path("v1/cohorts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
public class CohortResource {

    @Inject
    CohortService cohorts;

    @Inject
    CohortQueries queries;

    @Inject
    CohortOutcomes outcomes;

    @Inject
    CohortExport export;

    @Inject
    CurrentStaff staff;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan a cohort of a programme at a unit; it starts PLANNED")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewCohort.class)))
    public Response create(String body) {
        CohortSummary created = cohorts.create(staff.get(), JsonFields.read(body, NewCohort.class));
        return Created.at("/api/v1/cohorts/" + created.id(), created);
    }

    @GET
    @Operation(summary = "Cohorts of the caller's unit (any unit, or the one asked for, for admins), newest first")
    public List<CohortSummary> list(@QueryParam("unitId") String unitId, @QueryParam("status") String status) {
        QueryParameters params = new QueryParameters();
        Long unit = params.optionalLong("unitId", unitId);
        params.requireValid();
        return queries.list(staff.get(), unit, QueryParameters.optionalText(status));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A cohort with its counts (enrolled, attendanceRate, assessed, certified, graduated), enrolments and sessions")
    public CohortDetails details(@PathParam("id") String id) {
        return queries.details(staff.get(), cohortId(id));
    }

    @POST
    @Path("{id}/start")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "PLANNED -> RUNNING")
    public CohortSummary start(@PathParam("id") String id) {
        return cohorts.start(staff.get(), cohortId(id));
    }

    @POST
    @Path("{id}/complete")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "RUNNING -> COMPLETED: nobody joins and no session is added afterwards")
    public CohortSummary complete(@PathParam("id") String id) {
        return cohorts.complete(staff.get(), cohortId(id));
    }

    @POST
    @Path("{id}/enrollments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enrol a beneficiary of the unit; 409 when the cohort is full")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Enrol.class)))
    public Response enrol(@PathParam("id") String id, String body) {
        EnrollmentSummary enrollment = cohorts.enrol(staff.get(), cohortId(id), JsonFields.read(body, Enrol.class));
        return Created.at("/api/v1/enrollments/" + enrollment.id(), enrollment);
    }

    @POST
    @Path("{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schedule a training day within the cohort's dates")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewSession.class)))
    public Response addSession(@PathParam("id") String id, String body) {
        SessionSummary session = cohorts.addSession(staff.get(), cohortId(id), JsonFields.read(body, NewSession.class));
        return Created.at("/api/v1/sessions/" + session.id(), session);
    }

    @GET
    @Path("{id}/outcomes")
    @Operation(summary = "Economic-independence figures computed from the graduates' real listings and sales, and follow-up answers")
    public CohortOutcome outcomes(@PathParam("id") String id) {
        return outcomes.outcomes(staff.get(), cohortId(id));
    }

    @GET
    @Path("{id}/export.csv")
    @Produces("text/csv")
    @Operation(summary = "The cohort's enrolments as CSV; the NIK column only for admins")
    public Response exportCsv(@PathParam("id") String id) {
        long cohortId = cohortId(id);
        return Response.ok(export.csv(staff.get(), cohortId), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"cohort-" + cohortId + ".csv\"")
                .build();
    }

    private static long cohortId(String id) {
        return PathIds.parse("cohort", id);
    }
}
