package org.sentrakreasi.storefront.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.sentrakreasi.storefront.rest.Problem;

/**
 * Two ways in, one identity store: the API takes HTTP Basic on every call and keeps no session;
 * pages sign in through the login form and keep the signed-in user in the session.
 */
@ApplicationScoped
public class AppAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String API_PREFIX = "/api/";
    public static final String BASIC_CHALLENGE = "Basic realm=\"Sentra Kreasi\", charset=\"UTF-8\"";
    private static final String FACES_AJAX = "partial/ajax";
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    RecentlyVerifiedCredentials recentlyVerified;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (request.getRequestURI().startsWith(request.getContextPath() + API_PREFIX)) {
            return validateApiCall(request, response, context);
        }
        return validatePageRequest(request, context);
    }

    private AuthenticationStatus validateApiCall(HttpServletRequest request, HttpServletResponse response,
                                                 HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null) {
            return context.doNothing();
        }
        Optional<UsernamePasswordCredential> credential = basicCredential(header);
        if (credential.isPresent()) {
            CredentialValidationResult result = recentlyVerified.recall(credential.get())
                    .orElseGet(() -> validateAndRemember(credential.get()));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
        }
        return unauthorized(response, "The user name or password is not correct.");
    }

    private CredentialValidationResult validateAndRemember(UsernamePasswordCredential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        recentlyVerified.remember(credential, result);
        return result;
    }

    private AuthenticationStatus validatePageRequest(HttpServletRequest request, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return signIn(request, context, credential);
        }
        HttpSession session = request.getSession(false);
        Object signedIn = session == null ? null : session.getAttribute(SignedInUser.SESSION_ATTRIBUTE);
        if (signedIn instanceof SignedInUser user) {
            return context.notifyContainerAboutLogin(user.username(), user.roles());
        }
        if (context.isProtected()) {
            // The query too: /akun/produk/edit.xhtml?id=75 must come back to listing 75 after signing in.
            String query = request.getQueryString();
            String target = request.getRequestURI().substring(request.getContextPath().length())
                    + (query == null ? "" : "?" + query);
            String login = request.getContextPath() + "/login.xhtml?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
            if (FACES_AJAX.equals(request.getHeader("Faces-Request"))) {
                return ajaxRedirect(context.getResponse(), login);
            }
            return context.redirect(login);
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        // A new session id at sign-in, so that a session id planted before login is worthless.
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SignedInUser.SESSION_ATTRIBUTE,
                new SignedInUser(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * A page's Ajax request (a button after the session ended) follows a plain redirect invisibly and
     * gets the login page as its answer, which the page cannot show: Faces' own redirect instruction
     * makes the browser go there.
     */
    private static AuthenticationStatus ajaxRedirect(HttpServletResponse response, String location) {
        try {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version='1.0' encoding='UTF-8'?><partial-response><redirect url=\""
                    + location.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\"/></partial-response>");
        } catch (IOException e) {
            // The client has gone.
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    static Optional<UsernamePasswordCredential> basicCredential(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", BASIC_CHALLENGE);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(JSON.toJson(Problem.of("unauthorized", "Unauthorized", 401, detail)));
        } catch (IOException e) {
            // The client has gone; the failure status stands.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
