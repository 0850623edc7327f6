package org.sentrakreasi.catalog.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sentrakreasi.catalog.application.FacetValue;
import org.sentrakreasi.catalog.application.Facets;
import org.sentrakreasi.catalog.application.PriceRange;
import org.sentrakreasi.catalog.application.ProductPage;
import org.sentrakreasi.catalog.application.ProductQuery;
import org.sentrakreasi.catalog.application.ProductSearch;
import org.sentrakreasi.catalog.application.ProductSummary;
import org.sentrakreasi.catalog.application.ProductViews;
import org.sentrakreasi.catalog.domain.Category;
import org.sentrakreasi.catalog.domain.CategoryRepository;
import org.sentrakreasi.catalog.domain.Product;
import org.sentrakreasi.catalog.domain.ProductStatus;

/**
 * Answers catalog queries straight from the database: the {@code database} search backend, and
 * the fallback of the engines when they are down. Typed to its class so that it is injected only
 * where it is asked for by name; everything else gets the configured backend.
 */
@ApplicationScoped
@Typed(DatabaseProductSearch.class)
public class DatabaseProductSearch implements ProductSearch {

    @PersistenceContext(unitName = "sentrakreasi")
    private EntityManager em;

    @Inject
    CategoryRepository categoryRepository;

    @Override
    public ProductPage search(ProductQuery query, Locale locale) {
        ProductFilter filter = new ProductFilter(query);
        long total = filter.create(em, "select count(p) from Product p", "", Long.class).getSingleResult();
        List<ProductSummary> items = filter.create(em, "select p from Product p", orderBy(query), Product.class)
                .setFirstResult(query.offset())
                .setMaxResults(query.size())
                .getResultStream()
                .map(ProductViews::summary)
                .toList();
        return new ProductPage(total, query.page(), query.size(), items, facets(filter, locale));
    }

    @Override
    public List<String> suggest(String prefix, Locale locale, int limit) {
        if (prefix == null || prefix.isBlank()) {
            return List.of();
        }
        String start = prefix.strip().toLowerCase(Locale.ROOT);
        List<String> suggestions = new ArrayList<>(allCategories().stream()
                .map(c -> c.label(locale))
                .filter(label -> label.toLowerCase(Locale.ROOT).startsWith(start))
                .toList());
        em.createQuery("select distinct p.name from Product p where p.status = :status"
                        + " and lower(p.name) like :start escape '\\' order by p.name", String.class)
                .setParameter("status", ProductStatus.PUBLISHED)
                .setParameter("start", ProductFilter.escapeLike(start) + "%")
                .setMaxResults(limit)
                .getResultStream()
                .forEach(suggestions::add);
        return suggestions.stream().distinct().limit(limit).toList();
    }

    private static String orderBy(ProductQuery query) {
        return switch (query.effectiveSort()) {
            case PRICE_ASC -> " order by p.price asc, p.id asc";
            case PRICE_DESC -> " order by p.price desc, p.id desc";
            // Without a search engine there is no relevance score: newest first is the honest fallback.
            case RELEVANCE, NEWEST -> " order by p.publishedAt desc, p.id desc";
        };
    }

    private Facets facets(ProductFilter filter, Locale locale) {
        Map<String, Category> categories = allCategories().stream()
                .collect(Collectors.toMap(Category::code, Function.identity()));
        List<FacetValue> byCategory = grouped(filter, "p.category.code").stream()
                .map(row -> new FacetValue(row.value(), labelOf(categories.get(row.value()), row.value(), locale), row.count()))
                .toList();
        List<FacetValue> byRegion = grouped(filter, "p.region").stream()
                .filter(row -> row.value() != null)
                .map(row -> new FacetValue(row.value(), row.value(), row.count()))
                .toList();
        return new Facets(byCategory, byRegion, priceRanges(filter));
    }

    private List<FacetValue> grouped(ProductFilter filter, String path) {
        return filter.create(em, "select " + path + ", count(p) from Product p",
                        " group by " + path + " order by count(p) desc, " + path, Object[].class)
                .getResultStream()
                .map(row -> new FacetValue((String) row[0], null, ((Number) row[1]).longValue()))
                .toList();
    }

    private List<PriceRange> priceRanges(ProductFilter filter) {
        List<Long> edges = PriceRange.EDGES;
        List<PriceRange> ranges = new ArrayList<>();
        for (int i = 0; i < edges.size(); i++) {
            Long to = i + 1 < edges.size() ? edges.get(i + 1) : null;
            String condition = " and p.price >= " + edges.get(i) + (to == null ? "" : " and p.price < " + to);
            long count = filter.create(em, "select count(p) from Product p", condition, Long.class).getSingleResult();
            ranges.add(new PriceRange(edges.get(i), to, count));
        }
        return ranges;
    }

    private List<Category> allCategories() {
        return categoryRepository.all();
    }

    private static String labelOf(Category category, String code, Locale locale) {
        return category == null ? code : category.label(locale);
    }
}
