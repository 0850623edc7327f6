package org.sentrakreasi.catalog.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sentrakreasi.catalog.domain.ListingFilter;
import org.sentrakreasi.catalog.domain.Product;
import org.sentrakreasi.catalog.domain.ProductRepository;

/** {@link ProductRepository} in a map; the back-office listing queries are not held here. */
public final class InMemoryProducts implements ProductRepository {

    private final Map<Long, Product> byId = new TreeMap<>();
    private long nextId = 1;

    @Override
    public Optional<Product> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Product> findBySku(String sku) {
        return byId.values().stream().filter(p -> p.sku().equals(sku)).findFirst();
    }

    @Override
    public List<Product> findAll(Collection<Long> ids) {
        return byId.values().stream().filter(p -> ids.contains(p.id())).toList();
    }

    @Override
    public Optional<Product> findBySlug(String slug) {
        return byId.values().stream().filter(p -> p.slug().equals(slug)).findFirst();
    }

    @Override
    public Product store(Product product) {
        if (product.id() == null) {
            Ids.assign(product, nextId++);
        }
        byId.put(product.id(), product);
        return product;
    }

    @Override
    public List<Product> findBySkus(Collection<String> skus) {
        return byId.values().stream().filter(p -> skus.contains(p.sku())).toList();
    }

    @Override
    public void storeAll(Collection<Product> newProducts) {
        newProducts.forEach(this::store);
    }

    @Override
    public List<Product> findByMaker(long makerId) {
        return byId.values().stream().filter(p -> p.maker().id() == makerId).toList();
    }

    @Override
    public List<Product> publishedByMaker(long makerId, int limit) {
        return byId.values().stream().filter(p -> p.maker().id() == makerId && p.isPublished())
                .sorted(Comparator.comparing((Product p) -> p.publishedAt().orElseThrow()).reversed()
                        .thenComparing(Product::id, Comparator.reverseOrder()))
                .limit(limit).toList();
    }

    @Override
    public List<Product> list(ListingFilter filter, int offset, int limit) {
        throw new UnsupportedOperationException("back-office lists are tested against the database");
    }

    @Override
    public long count(ListingFilter filter) {
        throw new UnsupportedOperationException("back-office lists are tested against the database");
    }

    @Override
    public List<Product> publishedAfter(long afterId, int limit) {
        List<Product> batch = new ArrayList<>();
        for (Product product : byId.values()) {
            if (product.id() > afterId && product.isPublished() && batch.size() < limit) {
                batch.add(product);
            }
        }
        return batch;
    }

    @Override
    public long count() {
        return byId.size();
    }

    public Collection<Product> all() {
        return byId.values();
    }
}
