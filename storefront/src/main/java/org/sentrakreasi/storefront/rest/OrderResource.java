package org.sentrakreasi.storefront.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.sentrakreasi.storefront.ordering.application.IdempotentOrders;
import org.sentrakreasi.storefront.ordering.application.KeyedResponse;
import org.sentrakreasi.storefront.ordering.application.OrderDetails;
import org.sentrakreasi.storefront.ordering.application.OrderPage;
import org.sentrakreasi.storefront.ordering.application.OrderQueries;
import org.sentrakreasi.storefront.ordering.application.OrderService;
import org.sentrakreasi.storefront.ordering.application.PlaceOrder;
import org.sentrakreasi.storefront.security.CurrentActor;
import org.sentrakreasi.storefront.security.Roles;

/**
 * Orders (API.md "Orders"): guests place and track them; the coordinators of the units whose
 * products an order has (and admins) list them and take them through their steps.
 */
@Path("v1/orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 100;
    private static final int DEFAULT_PAGE_SIZE = 20;

    /** Body of a cancellation; the service checks the reason. */
    public record Cancellation(String reason) {
    }

    @Inject
    IdempotentOrders idempotentOrders;

    @Inject
    OrderService orders;

    @Inject
    OrderQueries queries;

    @Inject
    CurrentActor actor;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Place an order as a guest; stock is reserved at once (409 out-of-stock names the products)."
            + " The same Idempotency-Key with the same body answers the first response again; with another body 422")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlaceOrder.class)))
    public Response place(@Parameter(description = "A new UUID per order; required")
                          @HeaderParam(IDEMPOTENCY_KEY) String key, String body) {
        String idempotencyKey = requireKey(key);
        KeyedResponse answer = idempotentOrders.place(idempotencyKey, body, JsonFields.read(body, PlaceOrder.class));
        Response.ResponseBuilder response = Response.status(answer.status())
                .location(URI.create("/api/v1/orders/" + answer.orderCode()))
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(answer.body());
        if (answer.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Orders with products of the caller's unit (admins: all), newest first, optionally of one status")
    public OrderPage list(@QueryParam("status") String status, @QueryParam("page") String page,
                          @QueryParam("size") String size) {
        QueryParameters params = new QueryParameters();
        int pageNumber = params.intOrDefault("page", page, 0);
        int pageSize = params.intOrDefault("size", size, DEFAULT_PAGE_SIZE);
        params.requireValid();
        return queries.unitOrders(actor.get(), QueryParameters.optionalText(status), pageNumber, pageSize);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "With ?email= the buyer's view (404 unless code and email match); without, staff of the order's unit")
    public OrderDetails details(@PathParam("code") String code, @QueryParam("email") String email) {
        if (email != null) {
            return queries.track(code, email);
        }
        return queries.details(actor.get(), code);
    }

    @POST
    @Path("{code}/paid")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "PLACED -> PAID: the transfer arrived (or cash was taken before pickup)")
    public OrderDetails paid(@PathParam("code") String code) {
        return orders.markPaid(actor.get(), code);
    }

    @POST
    @Path("{code}/shipped")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "PAID -> SHIPPED (SHIPPING orders only)")
    public OrderDetails shipped(@PathParam("code") String code) {
        return orders.ship(actor.get(), code);
    }

    @POST
    @Path("{code}/ready")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "PAID (or PLACED when paid at pickup) -> READY_FOR_PICKUP (PICKUP orders only)")
    public OrderDetails ready(@PathParam("code") String code) {
        return orders.readyForPickup(actor.get(), code);
    }

    @POST
    @Path("{code}/completed")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "SHIPPED or READY_FOR_PICKUP -> COMPLETED; an order paid at pickup counts as paid now")
    public OrderDetails completed(@PathParam("code") String code) {
        return orders.complete(actor.get(), code);
    }

    @POST
    @Path("{code}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(summary = "Cancel with a reason before the order leaves the Sentra; its stock is given back")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Cancellation.class)))
    public OrderDetails cancel(@PathParam("code") String code, String body) {
        return orders.cancel(actor.get(), code, JsonFields.read(body, Cancellation.class).reason());
    }

    /** A key a client can have generated: a UUID is the advice, any visible ASCII up to 100 characters will do. */
    private static String requireKey(String key) {
        if (key == null || key.isBlank()) {
            throw new InvalidRequestException(List.of(new Problem.FieldError(IDEMPOTENCY_KEY,
                    "is required: send a new UUID with each order")));
        }
        String trimmed = key.strip();
        if (trimmed.length() > MAX_KEY_LENGTH || !trimmed.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidRequestException(List.of(new Problem.FieldError(IDEMPOTENCY_KEY,
                    "must be at most " + MAX_KEY_LENGTH + " visible ASCII characters, e.g. a UUID")));
        }
        return trimmed;
    }
}
