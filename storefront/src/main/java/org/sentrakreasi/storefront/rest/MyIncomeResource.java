package org.sentrakreasi.storefront.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sentrakreasi.storefront.ordering.application.MakerIncome;
import org.sentrakreasi.storefront.ordering.application.OrderQueries;
import org.sentrakreasi.storefront.security.CurrentActor;
import org.sentrakreasi.storefront.security.Roles;

/** A maker's income from paid orders, per month (API.md "Orders", maker). */
@Path("v1/me/income")
@Produces(MediaType.APPLICATION_JSON)
public class MyIncomeResource {

    @Inject
    OrderQueries queries;

    @Inject
    CurrentActor actor;

    @GET
    @RolesAllowed(Roles.MAKER)
    @Operation(summary = "Income from paid, not cancelled orders per month of payment (WIB), up to this month")
    public MakerIncome myIncome() {
        return queries.makerIncome(actor.get());
    }
}
