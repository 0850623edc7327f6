package org.sentrakreasi.storefront.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Serves the readable addresses ({@code /p/{slug}}, {@code /cari?q=}, ...) by forwarding to their
 * views, answers 404 for malformed ones, and sends the home page's former search links
 * ({@code /index.xhtml?q=}) on to the search page for good. Postbacks of those views come back
 * to the same addresses ({@link PublicAddressViewHandler}).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PublicAddressFilter extends HttpFilter {

    private static final String[] FORMER_SEARCH_PARAMETERS = {"q", "category", "page"};

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<String> view = PublicAddresses.viewFor(path);
        if (view.isPresent()) {
            request.getRequestDispatcher(view.get()).forward(request, response);
        } else if (PublicAddresses.isMalformed(path)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else if (isFormerSearchLink(request, path)) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", request.getContextPath() + PublicAddresses.SEARCH + searchQuery(request));
        } else {
            chain.doFilter(request, response);
        }
    }

    private static boolean isFormerSearchLink(HttpServletRequest request, String path) {
        if (!"GET".equals(request.getMethod()) || !("/".equals(path) || "/index.xhtml".equals(path))) {
            return false;
        }
        for (String name : FORMER_SEARCH_PARAMETERS) {
            if (request.getParameter(name) != null) {
                return true;
            }
        }
        return false;
    }

    /** The former links counted pages from 0, the search page counts them as people do, from 1. */
    private static String searchQuery(HttpServletRequest request) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        for (String name : new String[] {"q", "category", "lang"}) {
            String value = request.getParameter(name);
            if (value != null && !value.isBlank()) {
                query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        String page = request.getParameter("page");
        if (page != null && page.strip().matches("\\d{1,6}")) {
            query.add("page=" + (Integer.parseInt(page.strip()) + 1));
        }
        return query.toString();
    }
}
