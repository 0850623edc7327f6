package org.sentrakreasi.storefront.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.sentrakreasi.catalog.application.CatalogQueries;
import org.sentrakreasi.catalog.application.ProductDetails;
import org.sentrakreasi.catalog.application.ProductPage;
import org.sentrakreasi.catalog.application.ProductQuery;
import org.sentrakreasi.catalog.application.ProductSort;

/**
 * The public catalog: published products only. One instance serves every request (the response is
 * a proxy to the current one): creating and injecting a resource per request was a twentieth of
 * the API's own time in a search.
 */
@ApplicationScoped
@Path("v1/products")
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {

    private static final String SORTS = Arrays.stream(ProductSort.values())
            .map(ProductSort::apiName).collect(Collectors.joining(", "));

    private static final int MAX_QUERY_TEXT = 200;

    @Inject
    CatalogQueries catalog;

    @Context
    HttpServletResponse response;

    @GET
    @Operation(summary = "Published products, filtered, sorted and paged, with facet counts")
    public ProductPage list(@QueryParam("q") String q,
                            @QueryParam("category") String category,
                            @QueryParam("region") String region,
                            @QueryParam("maker") String maker,
                            @QueryParam("minPrice") String minPrice,
                            @QueryParam("maxPrice") String maxPrice,
                            @QueryParam("sort") String sort,
                            @QueryParam("page") String page,
                            @QueryParam("size") String size,
                            @QueryParam("lang") String lang) {
        QueryParameters params = new QueryParameters();
        ProductQuery query = new ProductQuery(
                QueryParameters.optionalText(q),
                QueryParameters.optionalText(category),
                QueryParameters.optionalText(region),
                params.optionalLong("maker", maker),
                params.optionalLong("minPrice", minPrice),
                params.optionalLong("maxPrice", maxPrice),
                params.optionalChoice("sort", sort, ProductSort::fromApiName, SORTS),
                params.intOrDefault("page", page, 0),
                params.intOrDefault("size", size, ProductQuery.DEFAULT_SIZE));
        if (!query.isWithinResultWindow()) {
            params.reject("page", "is too deep: only the first " + ProductQuery.MAX_RESULT_WINDOW
                    + " results can be paged; narrow the search");
        }
        params.requireValid();
        long start = System.nanoTime();
        ProductPage result = catalog.productPage(query, locale(lang));
        Duration searchCall = Duration.ofNanos(System.nanoTime() - start);
        // The engine's own time and the whole search call next to the response time show where the
        // API's overhead lies: around the search call (HTTP, JAX-RS, JSON) or in reaching the engine
        // (Elasticsearch's HTTP and its client's JSON). docs/benchmarks.md uses both.
        result.engineTime().ifPresent(engine -> response.setHeader("Server-Timing", serverTiming(engine, searchCall)));
        return result;
    }

    /**
     * {@code engine;dur=1.23, search;dur=1.45} (milliseconds): with String.format this header cost
     * 1.5 % of a search's CPU.
     */
    static String serverTiming(Duration engineTime, Duration searchCall) {
        return "engine;dur=" + milliseconds(engineTime) + ", search;dur=" + milliseconds(searchCall);
    }

    private static String milliseconds(Duration time) {
        return BigDecimal.valueOf(time.toNanos(), 6).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** API.md: {"suggestions":[string]}, at most ten. */
    public record Suggestions(List<String> suggestions) {
    }

    @GET
    @Path("suggest")
    @Operation(summary = "Completions of what a shopper has typed: product names and categories")
    public Suggestions suggest(@QueryParam("q") String q, @QueryParam("lang") String lang) {
        if (q != null && q.length() > MAX_QUERY_TEXT) {
            throw new InvalidRequestException(List.of(new Problem.FieldError("q", "is longer than " + MAX_QUERY_TEXT + " characters")));
        }
        return new Suggestions(catalog.suggestions(q, locale(lang)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One published product")
    public ProductDetails get(@PathParam("id") String id) {
        return catalog.productDetails(id);
    }

    static Locale locale(String lang) {
        return "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.forLanguageTag("id");
    }
}
