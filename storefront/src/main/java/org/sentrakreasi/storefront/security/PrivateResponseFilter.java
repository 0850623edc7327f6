package org.sentrakreasi.storefront.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Signed-in pages, and API answers to a caller who signed in, are kept by no browser or proxy
 * ({@code Cache-Control: no-store}): they may show a beneficiary's record, a buyer's address or a
 * maker's income, and a Balai's computers are shared. Public answers keep their own caching.
 */
@WebFilter(urlPatterns = {"/akun/*", "/api/*"}, asyncSupported = true)
public class PrivateResponseFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null || request.getServletPath().startsWith("/akun/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
