package org.sentrakreasi.storefront.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The HTTP API (contract: shared/docs/API.md), served under /api. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Sentra Kreasi ATENSI API", version = "v1",
        description = "Public catalog, orders, and the back office of the Sentra Kreasi centres."))
public class RestApplication extends Application {

    /**
     * Jersey buffers a response up to this size to send it with a Content-Length in one piece; a
     * larger one goes out chunked. Its default, 8 KB, is less than a search page of 24 products
     * (about 9 KB), which then went out in chunks and cost every search a second write. 32 KB holds
     * pages of up to about 80 products.
     */
    private static final int RESPONSE_BUFFER_BYTES = 32 * 1024;

    @Override
    public Map<String, Object> getProperties() {
        // The API is described by /openapi (the contract's words); Jersey's WADL listed every resource
        // and parameter to anyone who asked with OPTIONS.
        return Map.of("jersey.config.server.contentLength.buffer", RESPONSE_BUFFER_BYTES,
                "jersey.config.server.wadl.disableWadl", true);
    }
}
