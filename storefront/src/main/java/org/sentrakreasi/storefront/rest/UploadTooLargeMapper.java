package org.sentrakreasi.storefront.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.sentrakreasi.storefront.importing.UploadTooLargeException;

@Provider
public class UploadTooLargeMapper implements ExceptionMapper<UploadTooLargeException> {

    @Override
    public Response toResponse(UploadTooLargeException exception) {
        return Problems.response(Problem.of("payload-too-large", "Payload too large", 413, exception.getMessage()));
    }
}
