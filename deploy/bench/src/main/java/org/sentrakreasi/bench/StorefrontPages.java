package org.sentrakreasi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The public pages the page benchmark requests: search pages for the words of {@link QuerySet}
 * (with its category filter where a query has one), and the product pages of many different
 * products, their slugs read from the API so that no single cached product decides the figures.
 */
public final class StorefrontPages {

    static final String SEARCH_PAGE = "/cari";
    static final String PRODUCT_PAGE = "/p/";
    static final int API_PAGE_SIZE = 100;

    private StorefrontPages() {
    }

    /** {@code /cari?q=…[&category=…]} for every query of the set that has words, each once. */
    public static List<String> searchPaths(List<SearchRequest> queries) {
        Set<String> paths = new LinkedHashSet<>();
        for (SearchRequest query : queries) {
            Map<String, String> parameters = query.parameters();
            if (!parameters.containsKey("q")) {
                continue;
            }
            String path = SEARCH_PAGE + "?q=" + SearchRequest.encode(parameters.get("q"));
            if (parameters.containsKey("category")) {
                path += "&category=" + SearchRequest.encode(parameters.get("category"));
            }
            paths.add(path);
        }
        return List.copyOf(paths);
    }

    /**
     * {@code /p/{slug}} of up to {@code count} published products, taken evenly from every category
     * (cheapest first, which mixes makers and regions).
     */
    public static List<String> productPaths(ApiClient api, int count) throws IOException, InterruptedException {
        List<String> categories = new ArrayList<>();
        api.getJson("/api/v1/categories").forEach(category -> categories.add(category.path("code").asText()));
        Set<String> paths = new LinkedHashSet<>();
        int perCategory = Math.max(1, (count + categories.size() - 1) / categories.size());
        for (String category : categories) {
            int taken = 0;
            for (int page = 0; taken < perCategory && paths.size() < count; page++) {
                JsonNode items = api.getJson(SearchRequest.PRODUCTS + "?category=" + SearchRequest.encode(category)
                        + "&sort=price_asc&size=" + API_PAGE_SIZE + "&page=" + page).path("items");
                for (JsonNode item : items) {
                    if (taken < perCategory && paths.size() < count && paths.add(PRODUCT_PAGE + item.path("slug").asText())) {
                        taken++;
                    }
                }
                if (items.size() < API_PAGE_SIZE) {
                    break;
                }
            }
        }
        if (paths.isEmpty()) {
            throw new IOException("The API lists no published product to take a product page from");
        }
        return List.copyOf(paths);
    }
}
