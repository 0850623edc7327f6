package org.sentrakreasi.storefront.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Headers every response carries. The page policy is the one configured for PrimeFaces in web.xml
 * ({@code primefaces.CSP_POLICY}); on Faces pages PrimeFaces sends it again with the request's
 * script nonce, which then replaces ours, so that a page never carries two policies. Error pages
 * (403, 404, 500) are rendered by an error dispatch, which does not pass the response through the
 * request's filters: the filter runs for that dispatch too, or PrimeFaces' policy on the error page
 * would be added beside ours, and a browser enforcing both would block the page's scripts.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP = "Content-Security-Policy";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    private static final String PAGE_POLICY_PARAMETER = "primefaces.CSP_POLICY";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(AppAuthenticationMechanism.API_PREFIX)) {
            response.setHeader(CSP, API_POLICY);
            chain.doFilter(request, response);
        } else {
            response.setHeader(CSP, getServletContext().getInitParameter(PAGE_POLICY_PARAMETER));
            chain.doFilter(request, new SinglePolicyResponse(response));
        }
    }

    /** Turns a second Content-Security-Policy header into a replacement of the first. */
    private static final class SinglePolicyResponse extends HttpServletResponseWrapper {

        SinglePolicyResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
