package org.sentrakreasi.storefront.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.sentrakreasi.vocational.application.BeneficiaryDetails;
import org.sentrakreasi.vocational.application.BeneficiaryService;
import org.sentrakreasi.vocational.application.BeneficiarySummary;
import org.sentrakreasi.vocational.application.ConsentDecision;
import org.sentrakreasi.vocational.application.ConsentSummary;
import org.sentrakreasi.vocational.application.MakerProfileSummary;
import org.sentrakreasi.vocational.application.NewMakerProfile;
import org.sentrakreasi.vocational.application.RegisterBeneficiary;

/**
 * The beneficiary registry (API.md "Vocational"): private data of the caller's unit, every access
 * audited. Search words may be a NIK (DOMAIN.md: never in a URL), so they travel in a POST's body and
 * are never kept.
 */
@Path("v1/beneficiaries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
public class BeneficiaryResource {

    /** The words to search for: a part of the name or a whole NIK. */
    public record Search(String q) {
    }

    /** API.md: 201 {"id"}. */
    public record Registered(String id) {
    }

    @Inject
    BeneficiaryService beneficiaries;

    @Inject
    CurrentStaff staff;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a beneficiary with a unit; a NIK must match birth date and gender; a minor needs a guardian who consents")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegisterBeneficiary.class)))
    public Response register(String body) {
        long id = beneficiaries.register(staff.get(), JsonFields.read(body, RegisterBeneficiary.class));
        return Created.at("/api/v1/beneficiaries/" + id, new Registered(String.valueOf(id)));
    }

    @POST
    @Path("search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search by a part of the name or the whole NIK, within the caller's unit (audited);"
            + " the words travel in the body, since they may be a NIK")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Search.class)))
    public List<BeneficiarySummary> search(String body) {
        return beneficiaries.search(staff.get(), JsonFields.read(body, Search.class).q());
    }

    /** Refused, before anything is looked up: tells a client written for the address form where the words go. */
    @GET
    @Operation(summary = "Refused with 400: search with POST /api/v1/beneficiaries/search")
    public Response searchInTheAddress() {
        throw new InvalidRequestException(List.of(new Problem.FieldError("q", "search words may be a NIK and never"
                + " travel in an address, which proxies and browsers keep: POST them as {\"q\"} to /api/v1/beneficiaries/search")));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A beneficiary's record, NIK masked (audited)")
    public BeneficiaryDetails details(@PathParam("id") String id) {
        return beneficiaries.details(staff.get(), beneficiaryId(id));
    }

    @POST
    @Path("{id}/consent")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Grant or withdraw consent for one public field (DISPLAY_NAME, PHOTO, STORY, REGION); a withdrawal takes it off public pages at once")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsentDecision.class)))
    public Response consent(@PathParam("id") String id, String body) {
        ConsentSummary recorded = beneficiaries.decideConsent(staff.get(), beneficiaryId(id),
                JsonFields.read(body, ConsentDecision.class));
        return Created.at("/api/v1/beneficiaries/" + recorded.beneficiaryId(), recorded);
    }

    @POST
    @Path("{id}/maker-profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish the public maker profile with the consented fields only; 409 without DISPLAY_NAME consent")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewMakerProfile.class)))
    public Response makerProfile(@PathParam("id") String id, String body) {
        MakerProfileSummary profile = beneficiaries.publishMakerProfile(staff.get(), beneficiaryId(id),
                JsonFields.read(body, NewMakerProfile.class));
        return Created.at("/api/v1/makers/" + profile.makerId(), profile);
    }

    private static long beneficiaryId(String id) {
        return PathIds.parse("beneficiary", id);
    }
}
