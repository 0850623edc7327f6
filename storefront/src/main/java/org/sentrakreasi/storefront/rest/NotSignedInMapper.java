package org.sentrakreasi.storefront.rest;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.sentrakreasi.storefront.security.AppAuthenticationMechanism;
import org.sentrakreasi.storefront.security.NotSignedInException;

@Provider
public class NotSignedInMapper implements ExceptionMapper<NotSignedInException> {

    @Override
    public Response toResponse(NotSignedInException exception) {
        return new WebApplicationExceptionMapper().toResponse(
                new NotAuthorizedException(exception.getMessage(), AppAuthenticationMechanism.BASIC_CHALLENGE));
    }
}
