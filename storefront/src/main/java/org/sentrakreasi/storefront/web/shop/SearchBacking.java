package org.sentrakreasi.storefront.web.shop;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sentrakreasi.catalog.application.CatalogQueries;
import org.sentrakreasi.catalog.application.CategorySummary;
import org.sentrakreasi.catalog.application.FacetValue;
import org.sentrakreasi.catalog.application.PriceRange;
import org.sentrakreasi.catalog.application.ProductPage;
import org.sentrakreasi.catalog.application.ProductQuery;
import org.sentrakreasi.catalog.application.ProductSort;
import org.sentrakreasi.storefront.web.FormatBacking;
import org.sentrakreasi.storefront.web.LanguageBacking;
import org.sentrakreasi.storefront.web.Messages;
import org.sentrakreasi.storefront.web.PageNotFoundException;
import org.sentrakreasi.storefront.web.PublicAddresses;

/**
 * The search page ({@code /cari?q=}) and the category pages ({@code /kategori/{code}}, the same
 * page with the category fixed): results of the search port with facet counts as filter links,
 * a sort, pages. Everything is in the address (GET), so results can be shared and the back
 * button works; values a person edited into the address that make no sense are left out rather
 * than refused.
 */
@Named
@RequestScoped
public class SearchBacking {

    static final int PAGE_SIZE = 12;
    /** The last page within the engines' result window (ProductQuery.MAX_RESULT_WINDOW). */
    private static final int MAX_PAGE = ProductQuery.MAX_RESULT_WINDOW / PAGE_SIZE;
    private static final String[] FILTERS = {"category", "region", "minPrice", "maxPrice"};

    @Inject
    CatalogQueries catalog;

    @Inject
    LanguageBacking language;

    @Inject
    Messages messages;

    @Inject
    FormatBacking format;

    private String query;
    private String category;
    private String region;
    private Long minPrice;
    private Long maxPrice;
    private ProductSort sort;
    private int pageNumber;
    private CategorySummary fixedCategory;
    private List<CategorySummary> categories;
    private ProductPage results;
    private SearchAddress address;

    /** f:viewAction: reads the address and searches, before anything is rendered (an unknown category is a 404). */
    public void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Map<String, String> params = external.getRequestParameterMap();
        String path = PublicAddresses.requestedPath((HttpServletRequest) external.getRequest());
        categories = catalog.categories(language.getLocale());
        if (path.startsWith(PublicAddresses.CATEGORY_PREFIX)) {
            String code = params.get("category");
            fixedCategory = categories.stream().filter(c -> c.code().equals(code)).findFirst()
                    .orElseThrow(() -> new PageNotFoundException(path));
            category = code;
        } else {
            category = text(params.get("category"), 40);
        }
        query = text(params.get("q"), 200);
        region = text(params.get("region"), 120);
        minPrice = amount(params.get("minPrice"));
        maxPrice = amount(params.get("maxPrice"));
        if (minPrice != null && maxPrice != null && minPrice > maxPrice) {
            maxPrice = null;
        }
        sort = ProductSort.fromApiName(params.get("sort"))
                .filter(chosen -> chosen != ProductSort.RELEVANCE || query != null).orElse(null);
        pageNumber = pageFrom(params.get(SearchAddress.PAGE));

        Map<String, String> kept = new LinkedHashMap<>();
        kept.put("q", query);
        kept.put("category", fixedCategory == null ? category : null);
        kept.put("region", region);
        kept.put("minPrice", minPrice == null ? null : minPrice.toString());
        kept.put("maxPrice", maxPrice == null ? null : maxPrice.toString());
        kept.put("sort", sort == null ? null : sort.apiName());
        address = new SearchAddress(external.getRequestContextPath() + path, kept).page(pageNumber);
        results = search();
        if (results.items().isEmpty() && pageNumber > getPageCount()) {
            pageNumber = (int) getPageCount();
            address = address.page(pageNumber);
            results = search();
        }
    }

    private ProductPage search() {
        return catalog.productPage(new ProductQuery(query, category, region, null, minPrice, maxPrice, sort,
                pageNumber - 1, PAGE_SIZE), language.getLocale());
    }

    // ---- what the page shows ------------------------------------------------------------------

    public String getTitle() {
        if (fixedCategory != null) {
            return fixedCategory.label();
        }
        return query == null ? messages.text("shop.search.titleAll") : messages.text("shop.search.titleFor", query);
    }

    public String getDescription() {
        return fixedCategory == null ? messages.text("shop.search.description")
                : messages.text("shop.category.description", fixedCategory.label());
    }

    public ProductPage getResults() {
        return results;
    }

    public String getQuery() {
        return query;
    }

    public boolean isCategoryPage() {
        return fixedCategory != null;
    }

    public List<CategorySummary> getCategories() {
        return categories;
    }

    public String getFormAction() {
        return address.path();
    }

    /** The filters and the query of this page, for the hidden fields of the sort form. */
    public List<Map.Entry<String, String>> getSortFormFields() {
        return List.copyOf(address.parametersWithout("sort", SearchAddress.PAGE).entrySet());
    }

    public boolean isFiltered() {
        return address.hasAnyOf(FILTERS);
    }

    public String getClearFiltersHref() {
        return address.without(FILTERS).toString();
    }

    public List<FacetLink> getCategoryLinks() {
        return fixedCategory == null ? facetLinks("category", category, results.facets().category()) : List.of();
    }

    public List<FacetLink> getRegionLinks() {
        return facetLinks("region", region, results.facets().region());
    }

    public List<FacetLink> getPriceLinks() {
        List<FacetLink> links = new ArrayList<>();
        for (PriceRange range : results.facets().price()) {
            Long from = range.from() == 0 ? null : range.from();
            Long to = range.to() == null ? null : range.to() - 1;
            boolean selected = Objects.equals(from, minPrice) && Objects.equals(to, maxPrice);
            if (range.count() == 0 && !selected) {
                continue;
            }
            SearchAddress href = selected ? address.without("minPrice", "maxPrice")
                    : address.with("minPrice", from == null ? null : from.toString())
                    .with("maxPrice", to == null ? null : to.toString());
            links.add(new FacetLink(priceLabel(range), range.count(), href.toString(), selected));
        }
        return links;
    }

    private String priceLabel(PriceRange range) {
        if (range.from() == 0 && range.to() != null) {
            return messages.text("shop.price.below", format.rupiah(range.to()));
        }
        if (range.to() == null) {
            return messages.text("shop.price.above", format.rupiah(range.from()));
        }
        return messages.text("shop.price.between", format.rupiah(range.from()), format.rupiah(range.to()));
    }

    private List<FacetLink> facetLinks(String name, String chosen, List<FacetValue> values) {
        return values.stream().filter(value -> value.count() > 0 || value.value().equals(chosen))
                .map(value -> {
                    boolean selected = value.value().equals(chosen);
                    SearchAddress href = selected ? address.without(name) : address.with(name, value.value());
                    return new FacetLink(value.label(), value.count(), href.toString(), selected);
                }).toList();
    }

    public record SortOption(String value, String label, boolean selected) {
    }

    public List<SortOption> getSortOptions() {
        ProductSort current = sort != null ? sort : (query != null ? ProductSort.RELEVANCE : ProductSort.NEWEST);
        return Arrays.stream(ProductSort.values())
                .filter(option -> option != ProductSort.RELEVANCE || query != null)
                .map(option -> new SortOption(option.apiName(), messages.text("shop.sort." + option.apiName()),
                        option == current))
                .toList();
    }

    /** Other words to try when nothing matched: completions of what was typed, else of its beginning. */
    public List<String> getSuggestions() {
        if (query == null || results.total() > 0) {
            return List.of();
        }
        List<String> suggestions = catalog.suggestions(query, language.getLocale());
        String firstWord = query.split("\\s+")[0];
        if (suggestions.isEmpty() && firstWord.length() > 3) {
            suggestions = catalog.suggestions(firstWord.substring(0, 3), language.getLocale());
        }
        return suggestions.stream().limit(5).toList();
    }

    public String searchHref(String words) {
        return new SearchAddress(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + PublicAddresses.SEARCH, Map.of("q", words)).toString();
    }

    // ---- pages --------------------------------------------------------------------------------

    public int getPageNumber() {
        return pageNumber;
    }

    public long getPageCount() {
        return Math.max(1, Math.min(MAX_PAGE, (results.total() + PAGE_SIZE - 1) / PAGE_SIZE));
    }

    public boolean isHasPrevious() {
        return pageNumber > 1;
    }

    public boolean isHasNext() {
        return pageNumber < getPageCount();
    }

    public String getPreviousHref() {
        return address.page(pageNumber - 1).toString();
    }

    public String getNextHref() {
        return address.page(pageNumber + 1).toString();
    }

    // ---- reading the address ------------------------------------------------------------------

    private static String text(String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() > maxLength ? stripped.substring(0, maxLength) : stripped;
    }

    private static Long amount(String value) {
        if (value == null || !value.strip().matches("\\d{1,12}")) {
            return null;
        }
        return Long.parseLong(value.strip());
    }

    private static int pageFrom(String value) {
        if (value == null || !value.strip().matches("\\d{1,6}")) {
            return 1;
        }
        return Math.max(1, Math.min(Integer.parseInt(value.strip()), MAX_PAGE));
    }
}
