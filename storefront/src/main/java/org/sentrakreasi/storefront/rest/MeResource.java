package org.sentrakreasi.storefront.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sentrakreasi.storefront.security.Roles;
import org.sentrakreasi.storefront.security.UserAccount;
import org.sentrakreasi.storefront.security.UserAccounts;

/** Who the caller is: lets a client check its credentials and learn its role and unit. */
@Path("v1/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** The signed-in account as clients see it; ids are strings as everywhere in the API. */
    public record Me(String username, String role, String unitId, String makerId) {
    }

    @Inject
    UserAccounts accounts;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.MAKER})
    @Operation(summary = "The authenticated caller")
    public Me me(@Context SecurityContext security) {
        UserAccount account = accounts.find(security.getUserPrincipal().getName()).orElseThrow();
        return new Me(account.username(), account.role(),
                account.unitId().map(String::valueOf).orElse(null),
                account.makerId().map(String::valueOf).orElse(null));
    }
}
