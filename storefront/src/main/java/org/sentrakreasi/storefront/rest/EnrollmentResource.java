package org.sentrakreasi.storefront.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.sentrakreasi.storefront.security.CurrentStaff;
import org.sentrakreasi.storefront.security.Roles;
import org.sentrakreasi.vocational.application.AssessmentSummary;
import org.sentrakreasi.vocational.application.CohortService;
import org.sentrakreasi.vocational.application.EnrollmentSummary;
import org.sentrakreasi.vocational.application.FollowUpSummary;
import org.sentrakreasi.vocational.application.Reason;
import org.sentrakreasi.vocational.application.RecordAssessment;
import org.sentrakreasi.vocational.application.RecordFollowUp;

/** An enrolment's steps (API.md "Vocational"): assessments, exemption, graduation, withdrawal, follow-ups. */
@Path("v1/enrollments/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
public class EnrollmentResource {

    @Inject
    CohortService cohorts;

    @Inject
    CurrentStaff staff;

    @POST
    @Path("assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a competency assessment (KOMPETEN needs the certificate number)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordAssessment.class)))
    public Response assess(@PathParam("id") String id, String body) {
        AssessmentSummary assessment = cohorts.assess(staff.get(), enrollmentId(id),
                JsonFields.read(body, RecordAssessment.class));
        return Created.at("/api/v1/enrollments/" + assessment.enrollmentId() + "/assessments/" + assessment.id(),
                assessment);
    }

    @POST
    @Path("assessments/{assessmentId}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke an assessment with the reason; it stays on record and no longer counts")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Reason.class)))
    public AssessmentSummary revoke(@PathParam("id") String id, @PathParam("assessmentId") String assessmentId,
                                    String body) {
        return cohorts.revokeAssessment(staff.get(), enrollmentId(id), PathIds.parse("assessment", assessmentId),
                JsonFields.read(body, Reason.class));
    }

    @POST
    @Path("exemption")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Let the trainee graduate without a KOMPETEN assessment, with the reason")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Reason.class)))
    public EnrollmentSummary exempt(@PathParam("id") String id, String body) {
        return cohorts.exempt(staff.get(), enrollmentId(id), JsonFields.read(body, Reason.class));
    }

    @POST
    @Path("graduate")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Graduate today; 409 naming every unmet condition (attendance threshold, competency)")
    public EnrollmentSummary graduate(@PathParam("id") String id) {
        return cohorts.graduate(staff.get(), enrollmentId(id));
    }

    @POST
    @Path("withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End the training early, with the reason; the place is freed")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Reason.class)))
    public EnrollmentSummary withdraw(@PathParam("id") String id, String body) {
        return cohorts.withdraw(staff.get(), enrollmentId(id), JsonFields.read(body, Reason.class));
    }

    @POST
    @Path("follow-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the 3-, 6- or 12-month follow-up: work status and income band")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordFollowUp.class)))
    public Response followUp(@PathParam("id") String id, String body) {
        FollowUpSummary followUp = cohorts.recordFollowUp(staff.get(), enrollmentId(id),
                JsonFields.read(body, RecordFollowUp.class));
        return Created.at("/api/v1/enrollments/" + followUp.enrollmentId() + "/follow-ups/" + followUp.id(), followUp);
    }

    private static long enrollmentId(String id) {
        return PathIds.parse("enrollment", id);
    }
}
