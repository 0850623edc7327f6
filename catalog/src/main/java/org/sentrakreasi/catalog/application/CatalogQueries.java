package org.sentrakreasi.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.sentrakreasi.catalog.domain.Maker;
import org.sentrakreasi.catalog.domain.MakerNotFoundException;
import org.sentrakreasi.catalog.domain.CategoryRepository;
import org.sentrakreasi.catalog.domain.MakerRepository;
import org.sentrakreasi.catalog.domain.Product;
import org.sentrakreasi.catalog.domain.ProductNotFoundException;
import org.sentrakreasi.catalog.domain.ProductRepository;

/**
 * Read side of the public catalog, shared by the Faces pages and the REST API. Not
 * {@code @Transactional}: its reads start no transaction and join a caller's, which is what
 * {@code SUPPORTS} said too, but its interceptor cost every search a lookup of the invocation.
 */
@ApplicationScoped
public class CatalogQueries {

    /** API.md: at most ten suggestions. */
    public static final int MAX_SUGGESTIONS = 10;

    /** A maker's profile lists this many of their published products at most, newest first. */
    public static final int MAX_MAKER_PRODUCTS = 60;

    private ProductSearch search;
    private ProductRepository products;
    private MakerRepository makers;
    private UnitDirectory units;
    private CategoryStatistics categoryStatistics;
    private CategoryRepository categoryList;

    protected CatalogQueries() {
        // for CDI proxies
    }

    @Inject
    public CatalogQueries(ProductSearch search, ProductRepository products, MakerRepository makers, UnitDirectory units,
                          CategoryStatistics categoryStatistics, CategoryRepository categoryList) {
        this.search = search;
        this.categoryList = categoryList;
        this.products = products;
        this.makers = makers;
        this.units = units;
        this.categoryStatistics = categoryStatistics;
    }

    public ProductPage productPage(@NotNull @Valid ProductQuery query, @NotNull Locale locale) {
        return search.search(query, locale);
    }

    public List<CategorySummary> categories(@NotNull Locale locale) {
        return categoryStatistics.categories(locale);
    }

    /** A category's label, without counting its products (a product page needs only the name). */
    public String categoryLabel(String code, @NotNull Locale locale) {
        return categoryList.find(code).map(category -> category.label(locale)).orElse(code);
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
        return details(ProductIds.parse(id).flatMap(products::find), id);
    }

    /** A published product by its address ({@code /p/{slug}}); unknown and unpublished alike are not found. */
    public ProductDetails productDetailsBySlug(String slug) {
        return details(slug == null ? Optional.empty() : products.findBySlug(slug), slug);
    }

    /**
     * A maker's public profile by its public id, with the published products read from the
     * database, so that a withdrawn field is gone from it with the withdrawal's commit.
     *
     * @throws MakerNotFoundException for unknown and malformed ids alike
     */
    public MakerProfile makerProfile(String id) {
        return makerProfile(id, MAX_MAKER_PRODUCTS);
    }

    /** As {@link #makerProfile(String)} with at most that many of the newest products (a product page shows a few). */
    public MakerProfile makerProfile(String id, int productLimit) {
        return profile(ProductIds.parse(id).flatMap(makers::find), id, productLimit);
    }

    /** A maker's public profile by its address ({@code /pengrajin/{slug}}), which changes when the name does. */
    public MakerProfile makerProfileBySlug(String slug) {
        return profile(slug == null ? Optional.empty() : makers.findBySlug(slug), slug, MAX_MAKER_PRODUCTS);
    }

    /**
     * The current state of these products for a cart, in the order asked, leaving out ids that name
     * no product. Unpublished products are included (marked) so that the cart can say so.
     */
    public List<ProductAvailability> availability(@NotNull Collection<String> ids) {
        List<Long> known = ids.stream().map(ProductIds::parse).flatMap(Optional::stream).toList();
        List<Product> found = products.findAll(known);
        return known.stream()
                .map(id -> found.stream().filter(p -> p.id().equals(id)).findFirst())
                .flatMap(Optional::stream)
                .map(ProductViews::availability)
                .toList();
    }

    private ProductDetails details(Optional<Product> found, String idOrSlug) {
        Product product = found.filter(Product::isPublished).orElseThrow(() -> new ProductNotFoundException(idOrSlug));
        UnitRef unit = units.find(product.unitId()).orElse(null);
        return ProductViews.details(product, unit);
    }

    private MakerProfile profile(Optional<Maker> found, String idOrSlug, int productLimit) {
        Maker maker = found.orElseThrow(() -> new MakerNotFoundException(Objects.toString(idOrSlug)));
        UnitRef unit = units.find(maker.unitId()).orElse(null);
        return ProductViews.makerProfile(maker, unit, products.publishedByMaker(maker.id(), productLimit));
    }
}
