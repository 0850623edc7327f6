package org.sentrakreasi.storefront.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.sentrakreasi.storefront.security.AppAuthenticationMechanism;

/** The framework's own answers (unknown path, wrong method, 401/403 from the role check) as problem+json. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return new ServerErrorMapper().toResponse(exception);
        }
        String title = original.getStatusInfo().getReasonPhrase();
        String type = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        Response.ResponseBuilder answer = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(type, title, status, detail(status, exception)));
        if (status == Response.Status.UNAUTHORIZED.getStatusCode()) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, AppAuthenticationMechanism.BASIC_CHALLENGE);
        }
        Object allow = original.getHeaders().getFirst(HttpHeaders.ALLOW);
        if (allow != null) {
            answer.header(HttpHeaders.ALLOW, allow);
        }
        return answer.build();
    }

    /** The container's own wording for 401 and 403 names internals (JWT, interceptors): say what the client can do. */
    private static String detail(int status, WebApplicationException exception) {
        if (status == Response.Status.UNAUTHORIZED.getStatusCode()) {
            return "Sign in with HTTP Basic (user name and password) to use this endpoint.";
        }
        if (status == Response.Status.FORBIDDEN.getStatusCode()) {
            return "Your account may not do this.";
        }
        return exception.getMessage();
    }
}
