package org.sentrakreasi.storefront.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Cache headers of the Faces resources (stylesheets, scripts, fonts). A resource whose address
 * carries a version (PrimeFaces' release, or the content hash {@link VersionedResourceHandler} adds
 * to ours) never changes under that address, so browsers may keep it for a year without asking
 * again; Faces itself would send a week. Every answer also varies by Accept-Encoding, since the
 * server compresses text for the clients that ask for it (deploy's pre-boot-commands.txt).
 */
@WebFilter(urlPatterns = ResourceCacheFilter.RESOURCES + "*")
public class ResourceCacheFilter extends HttpFilter {

    static final String RESOURCES = "/jakarta.faces.resource/";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Vary", "Accept-Encoding");
        if (request.getParameter(VersionedResourceHandler.VERSION_PARAMETER) == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Cache-Control", IMMUTABLE);
        chain.doFilter(request, new KeptCachePolicy(response));
    }

    /** Keeps the year: Faces' own Cache-Control and Expires (a week) are left out. */
    private static final class KeptCachePolicy extends HttpServletResponseWrapper {

        KeptCachePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!isCachePolicy(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!isCachePolicy(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!isCachePolicy(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!isCachePolicy(name)) {
                super.addDateHeader(name, date);
            }
        }

        private static boolean isCachePolicy(String name) {
            return "Cache-Control".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name);
        }
    }
}
