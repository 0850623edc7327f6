package org.sentrakreasi.storefront.cart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sentrakreasi.catalog.application.CatalogQueries;
import org.sentrakreasi.catalog.application.ProductAvailability;

/** Reads a cart against the catalog: what each line is now, and whether it can be ordered. */
@ApplicationScoped
public class CartService {

    private CatalogQueries catalog;

    protected CartService() {
        // for CDI proxies
    }

    @Inject
    public CartService(CatalogQueries catalog) {
        this.catalog = catalog;
    }

    public CartReview review(List<CartLine> lines) {
        Map<String, ProductAvailability> products = catalog.availability(lines.stream().map(CartLine::productId).toList())
                .stream().collect(Collectors.toMap(ProductAvailability::id, Function.identity()));
        return new CartReview(lines.stream().map(line -> reviewed(line, products.get(line.productId()))).toList());
    }

    private static ReviewedLine reviewed(CartLine line, ProductAvailability product) {
        if (product == null) {
            return new ReviewedLine(line.productId(), null, null, 0, null, line.quantity(), 0,
                    ReviewedLine.Problem.NOT_FOR_SALE);
        }
        ReviewedLine.Problem problem = !product.published() ? ReviewedLine.Problem.NOT_FOR_SALE
                : product.canSupply(line.quantity()) ? ReviewedLine.Problem.NONE : ReviewedLine.Problem.EXCEEDS_STOCK;
        return new ReviewedLine(product.id(), product.slug(), product.name(), product.price(), product.imageUrl(),
                line.quantity(), product.stock(), problem);
    }
}
