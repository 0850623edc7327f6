package org.sentrakreasi.storefront.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.sentrakreasi.catalog.application.CatalogQueries;
import org.sentrakreasi.catalog.application.CategorySummary;
import org.sentrakreasi.catalog.application.ProductQuery;
import org.sentrakreasi.catalog.application.ProductSort;
import org.sentrakreasi.catalog.application.ProductSummary;

/** The home page: the categories and a handful of the newest works still in stock (search has its own page). */
@Named
@RequestScoped
public class HomeBacking {

    static final int FEATURED = 8;
    /** Enough of the newest to find a handful in stock among them. */
    private static final int NEWEST = 3 * FEATURED;

    @Inject
    CatalogQueries catalog;

    @Inject
    LanguageBacking language;

    private List<ProductSummary> featured;

    public List<CategorySummary> getCategories() {
        return catalog.categories(language.getLocale()).stream().filter(category -> category.productCount() > 0).toList();
    }

    public List<ProductSummary> getFeatured() {
        if (featured == null) {
            featured = catalog.productPage(new ProductQuery(null, null, null, null, null, null, ProductSort.NEWEST, 0,
                    NEWEST), language.getLocale()).items().stream().filter(ProductSummary::inStock).limit(FEATURED).toList();
        }
        return featured;
    }
}
