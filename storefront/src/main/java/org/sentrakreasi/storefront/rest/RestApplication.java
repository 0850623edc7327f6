package org.sentrakreasi.storefront.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The HTTP API (contract: shared/docs/API.md), served under /api. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Sentra Kreasi ATENSI API", version = "v1",
        description = "Public catalog, orders, and the back office of the Sentra Kreasi centres."))
public class RestApplication extends Application {
}
