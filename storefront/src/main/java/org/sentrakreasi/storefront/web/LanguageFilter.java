package org.sentrakreasi.storefront.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The language switch: any page link with {@code ?lang=en} or {@code ?lang=id} sets the language
 * for the rest of the visit. Works without JavaScript and keeps pages bookmarkable. Also on the
 * views behind the public addresses ({@link PublicAddressFilter} forwards to them).
 */
@WebFilter(urlPatterns = "*.xhtml", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD}, asyncSupported = true)
public class LanguageFilter extends HttpFilter {

    public static final String PARAMETER = "lang";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String requested = request.getParameter(PARAMETER);
        if (requested != null) {
            Language.fromCode(requested)
                    .ifPresent(language -> request.getSession(true).setAttribute(Language.SESSION_ATTRIBUTE, language));
        }
        chain.doFilter(request, response);
    }
}
