package org.sentrakreasi.storefront.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.sentrakreasi.catalog.application.UnsupportedPhotoException;

/** Not a photo we accept: 415 for the wrong kind of file, 413 for one too large. */
@Provider
public class UnsupportedPhotoMapper implements ExceptionMapper<UnsupportedPhotoException> {

    @Override
    public Response toResponse(UnsupportedPhotoException exception) {
        return exception.tooLarge()
                ? Problems.response(Problem.of("payload-too-large", "Payload too large", 413, exception.getMessage()))
                : Problems.response(Problem.of("unsupported-media-type", "Unsupported media type", 415, exception.getMessage()));
    }
}
