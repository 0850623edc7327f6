package org.sentrakreasi.storefront.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.sentrakreasi.catalog.application.CatalogQueries;
import org.sentrakreasi.catalog.application.CategorySummary;
import org.sentrakreasi.catalog.application.ProductPage;
import org.sentrakreasi.catalog.application.ProductQuery;

/** The home page: the newest published works (or those matching the search box), one page at a time. */
@Named
@RequestScoped
public class HomeBacking {

    private static final int PAGE_SIZE = ProductQuery.DEFAULT_SIZE;
    private static final int MAX_QUERY_LENGTH = 200;

    @Inject
    CatalogQueries catalog;

    @Inject
    LanguageBacking language;

    private String query;
    private String category;
    private int pageNumber;
    private ProductPage page;

    @PostConstruct
    void load() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        query = trimmed(params.get("q"));
        category = trimmed(params.get("category"));
        pageNumber = pageNumberFrom(params.get("page"));
        page = catalog.productPage(new ProductQuery(query, category, null, null, null, null, null,
                pageNumber, PAGE_SIZE), language.getLocale());
    }

    /** A page number a person typed or edited into the URL: anything unreadable means the first page. */
    private static int pageNumberFrom(String text) {
        try {
            return text == null ? 0 : Math.max(0, Math.min(Integer.parseInt(text.strip()), 100_000));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String trimmed(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() > MAX_QUERY_LENGTH ? stripped.substring(0, MAX_QUERY_LENGTH) : stripped;
    }

    public List<CategorySummary> getCategories() {
        return catalog.categories(language.getLocale());
    }

    public ProductPage getPage() {
        return page;
    }

    public String getQuery() {
        return query;
    }

    public String getCategory() {
        return category;
    }

    public int getPageNumber() {
        return pageNumber;
    }

    public long getPageCount() {
        return Math.max(1, (page.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean isHasPrevious() {
        return pageNumber > 0;
    }

    public boolean isHasNext() {
        return (long) (pageNumber + 1) * PAGE_SIZE < page.total();
    }
}
