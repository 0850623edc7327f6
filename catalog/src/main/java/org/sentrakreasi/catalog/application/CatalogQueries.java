package org.sentrakreasi.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import org.sentrakreasi.catalog.domain.Product;
import org.sentrakreasi.catalog.domain.ProductNotFoundException;
import org.sentrakreasi.catalog.domain.ProductRepository;

/** Read side of the public catalog, shared by the Faces pages and the REST API. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CatalogQueries {

    /** API.md: at most ten suggestions. */
    public static final int MAX_SUGGESTIONS = 10;

    private ProductSearch search;
    private ProductRepository products;
    private UnitDirectory units;
    private CategoryStatistics categoryStatistics;

    protected CatalogQueries() {
        // for CDI proxies
    }

    @Inject
    public CatalogQueries(ProductSearch search, ProductRepository products, UnitDirectory units,
                          CategoryStatistics categoryStatistics) {
        this.search = search;
        this.products = products;
        this.units = units;
        this.categoryStatistics = categoryStatistics;
    }

    public ProductPage productPage(@NotNull @Valid ProductQuery query, @NotNull Locale locale) {
        return search.search(query, locale);
    }

    public List<CategorySummary> categories(@NotNull Locale locale) {
        return categoryStatistics.categories(locale);
    }

    /** Completions for the search box; an empty list for an empty prefix. */
    public List<String> suggestions(String prefix, @NotNull Locale locale) {
        if (prefix == null || prefix.isBlank()) {
            return List.of();
        }
        return search.suggest(prefix.strip(), locale, MAX_SUGGESTIONS);
    }

    /**
     * A published product by its public id.
     *
     * @throws ProductNotFoundException for unknown ids, malformed ids and unpublished products alike,
     *                                  so that drafts cannot be probed
     */
    public ProductDetails productDetails(String id) {
        Product product = ProductIds.parse(id).flatMap(products::find)
                .filter(Product::isPublished)
                .orElseThrow(() -> new ProductNotFoundException(id));
        UnitRef unit = units.find(product.unitId()).orElse(null);
        return ProductViews.details(product, unit);
    }
}
