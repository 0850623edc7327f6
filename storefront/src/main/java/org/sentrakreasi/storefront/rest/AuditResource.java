package org.sentrakreasi.storefront.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sentrakreasi.storefront.security.CurrentStaff;
import org.sentrakreasi.storefront.security.Roles;
import org.sentrakreasi.vocational.application.AuditPage;
import org.sentrakreasi.vocational.application.AuditQueries;

/** The audit log of staff access to beneficiaries' private data: admins only. */
@Path("v1/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditQueries audit;

    @Inject
    CurrentStaff staff;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Who read or changed which beneficiary's data, when, and which fields (names only), newest first")
    public AuditPage page(@QueryParam("beneficiaryId") String beneficiaryId, @QueryParam("page") String page,
                          @QueryParam("size") String size) {
        QueryParameters params = new QueryParameters();
        Long beneficiary = params.optionalLong("beneficiaryId", beneficiaryId);
        int pageNumber = params.intOrDefault("page", page, 0);
        int pageSize = params.intOrDefault("size", size, AuditQueries.DEFAULT_SIZE);
        params.requireValid();
        return audit.page(staff.get(), beneficiary, pageNumber, pageSize);
    }
}
