package org.sentrakreasi.storefront.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The storefront's readable addresses and the Faces views behind them. The views live under
 * WEB-INF, so each page has exactly one public address. Slugs and category codes are lower-case
 * letters, digits and dashes (see the catalog's {@code Slug}); anything else under a public prefix
 * names nothing.
 */
public final class PublicAddresses {

    public static final String SEARCH = "/cari";
    public static final String CART = "/keranjang";
    public static final String CHECKOUT = "/checkout";
    public static final String PRODUCT_PREFIX = "/p/";
    public static final String MAKER_PREFIX = "/pengrajin/";
    public static final String CATEGORY_PREFIX = "/kategori/";

    private static final String SEARCH_VIEW = "/WEB-INF/shop/search.xhtml";
    private static final List<Route> ROUTES = List.of(
            new Route(Pattern.compile(SEARCH), SEARCH_VIEW, null),
            new Route(Pattern.compile(CART), "/WEB-INF/shop/cart.xhtml", null),
            new Route(Pattern.compile(CHECKOUT), "/checkout.xhtml", null),
            new Route(Pattern.compile(PRODUCT_PREFIX + "([a-z0-9-]{1,180})"), "/WEB-INF/shop/product.xhtml", "slug"),
            new Route(Pattern.compile(MAKER_PREFIX + "([a-z0-9-]{1,120})"), "/WEB-INF/shop/maker.xhtml", "slug"),
            new Route(Pattern.compile(CATEGORY_PREFIX + "([a-z0-9-]{1,40})"), SEARCH_VIEW, "category"));

    private PublicAddresses() {
    }

    /** The view (with the address's parameter as a query) that renders this path, if it is a public address. */
    static Optional<String> viewFor(String path) {
        for (Route route : ROUTES) {
            Matcher matcher = route.pattern().matcher(path);
            if (matcher.matches()) {
                return Optional.of(route.parameter() == null ? route.view()
                        : route.view() + "?" + route.parameter() + "=" + matcher.group(1));
            }
        }
        return Optional.empty();
    }

    /** Under a prefix of a public address, yet not one: a page that does not exist. */
    static boolean isMalformed(String path) {
        return viewFor(path).isEmpty()
                && (path.startsWith(PRODUCT_PREFIX) || path.startsWith(MAKER_PREFIX) || path.startsWith(CATEGORY_PREFIX));
    }

    /**
     * The address the visitor asked for (without the context path), also while a view behind a
     * public address renders: there the request's own path is the view's.
     */
    public static String requestedPath(HttpServletRequest request) {
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = forwarded instanceof String original ? original : request.getRequestURI();
        return uri.substring(request.getContextPath().length());
    }

    /** The query string the visitor asked with, or null. */
    public static String requestedQuery(HttpServletRequest request) {
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        return forwarded == null ? request.getQueryString()
                : (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
    }

    private record Route(Pattern pattern, String view, String parameter) {
    }
}
