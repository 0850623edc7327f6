package org.sentrakreasi.storefront.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.sentrakreasi.catalog.application.ListingForm;
import org.sentrakreasi.catalog.application.ListingService;
import org.sentrakreasi.catalog.application.ManagedProduct;
import org.sentrakreasi.catalog.application.ProductPhotos;
import org.sentrakreasi.storefront.security.CurrentActor;
import org.sentrakreasi.storefront.security.Roles;

/**
 * Listing management (API.md "Catalog (staff and makers)"): makers change their own listings,
 * coordinators their unit's and moderate them, admins everything.
 */
@Path("v1/products")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ListingResource {

    /** Body of a rejection; the service checks the reason. */
    public record Rejection(String reason) {
    }

    @Inject
    ListingService listings;

    @Inject
    CurrentActor actor;

    @Inject
    ProductPhotos photos;

    @POST
    @RolesAllowed({Roles.MAKER, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Create a listing (a draft)")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListingForm.class)))
    public Response create(String body) {
        ManagedProduct created = listings.create(actor.get(), JsonFields.read(body, ListingForm.class));
        return withVersion(Response.created(URI.create("/api/v1/admin/products/" + created.id())), created);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.MAKER, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Replace a listing's fields; send If-Match with the ETag you read to avoid lost updates")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ListingForm.class)))
    public Response revise(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, String body) {
        return withVersion(Response.ok(), listings.revise(actor.get(), id, expectedVersion(ifMatch),
                JsonFields.read(body, ListingForm.class)));
    }

    @POST
    @Path("{id}/submit")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.MAKER, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Send a draft or rejected listing to moderation")
    public Response submit(@PathParam("id") String id) {
        return withVersion(Response.ok(), listings.submit(actor.get(), id));
    }

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Approve a listing: it becomes public")
    public Response publish(@PathParam("id") String id) {
        return withVersion(Response.ok(), listings.publish(actor.get(), id));
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Send a listing back to its maker with the reason")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Rejection.class)))
    public Response reject(@PathParam("id") String id, String body) {
        return withVersion(Response.ok(), listings.reject(actor.get(), id, JsonFields.read(body, Rejection.class).reason()));
    }

    @POST
    @Path("{id}/archive")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.MAKER, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Take a listing out of the shop")
    public Response archive(@PathParam("id") String id) {
        return withVersion(Response.ok(), listings.archive(actor.get(), id));
    }

    @POST
    @Path("{id}/photos")
    @Consumes({"image/jpeg", "image/png", "image/webp", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.MAKER, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Add a photo (JPEG, PNG or WebP, at most 10 MB); it is resized and its metadata removed")
    public Response addPhoto(@PathParam("id") String id, InputStream photo) {
        ManagedProduct product = photos.add(actor.get(), id, photo);
        return withVersion(Response.status(Response.Status.CREATED), product);
    }

    @DELETE
    @Path("{id}/photos/{position}")
    @RolesAllowed({Roles.MAKER, Roles.COORDINATOR, Roles.ADMIN})
    @Operation(summary = "Remove the photo at a position (0 is the cover photo)")
    public Response removePhoto(@PathParam("id") String id, @PathParam("position") String position) {
        if (!position.matches("\\d{1,2}")) {
            throw new InvalidRequestException(List.of(new Problem.FieldError("position", "must be a photo position (0, 1, 2, ...)")));
        }
        return withVersion(Response.ok(), photos.remove(actor.get(), id, Integer.parseInt(position)));
    }

    static Response withVersion(Response.ResponseBuilder response, ManagedProduct product) {
        return response.tag(new EntityTag(String.valueOf(product.version()))).entity(product).build();
    }

    /** {@code If-Match: "3"} (or W/"3") means "only if still at version 3"; absent means no check. */
    private static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String digits = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        if (!digits.matches("\\d{1,18}")) {
            throw new InvalidRequestException(List.of(new Problem.FieldError("If-Match", "must be an ETag from this API")));
        }
        return Long.parseLong(digits);
    }
}
