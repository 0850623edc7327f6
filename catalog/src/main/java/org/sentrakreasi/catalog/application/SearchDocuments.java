package org.sentrakreasi.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sentrakreasi.catalog.domain.Product;
import org.sentrakreasi.catalog.domain.ProductRepository;

/** Reads what the index should hold, each call in a transaction of its own. */
@ApplicationScoped
@Transactional
public class SearchDocuments {

    private ProductRepository products;

    protected SearchDocuments() {
        // for CDI proxies
    }

    @Inject
    public SearchDocuments(ProductRepository products) {
        this.products = products;
    }

    /** What to do for each changed product: index the published ones, remove the others. */
    public Changes changesFor(Collection<Long> productIds) {
        Map<Long, Product> found = new HashMap<>();
        products.findAll(productIds).forEach(product -> found.put(product.id(), product));
        List<ProductDocument> upserts = new ArrayList<>();
        List<String> deletes = new ArrayList<>();
        for (Long id : productIds) {
            Product product = found.get(id);
            if (product != null && product.isPublished()) {
                upserts.add(ProductViews.document(product));
            } else {
                deletes.add(String.valueOf(id));
            }
        }
        return new Changes(upserts, deletes);
    }

    public List<ProductDocument> publishedAfter(long afterId, int limit) {
        return products.publishedAfter(afterId, limit).stream().map(ProductViews::document).toList();
    }

    /** Documents to add or replace, and ids to remove. */
    public record Changes(List<ProductDocument> upserts, List<String> deletes) {
    }
}
