package org.sentrakreasi.storefront.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sentrakreasi.storefront.ordering.application.MakerOrderLine;
import org.sentrakreasi.storefront.ordering.application.OrderQueries;
import org.sentrakreasi.storefront.security.CurrentActor;
import org.sentrakreasi.storefront.security.Roles;

/** A maker's own order lines (API.md "Orders", maker): of the buyer only the name and the delivery method. */
@Path("v1/me/orders")
@Produces(MediaType.APPLICATION_JSON)
public class MyOrdersResource {

    @Inject
    OrderQueries queries;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed(Roles.MAKER)
    @Operation(summary = "The lines of the signed-in maker's products in every order, newest order first")
    public List<MakerOrderLine> myOrders() {
        return queries.makerOrders(actor.get());
    }
}
