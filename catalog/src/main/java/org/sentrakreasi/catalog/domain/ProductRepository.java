package org.sentrakreasi.catalog.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: where products are kept. */
public interface ProductRepository {

    Optional<Product> find(long id);

    Optional<Product> findBySku(String sku);

    /** The product at this public address, in any status. */
    Optional<Product> findBySlug(String slug);

    /** The products with these ids that exist, in no particular order. */
    List<Product> findAll(Collection<Long> ids);

    /** @throws ProductNotFoundException when absent */
    default Product get(long id) {
        return find(id).orElseThrow(() -> new ProductNotFoundException(String.valueOf(id)));
    }

    Product store(Product product);

    /** The products with these skus (those that exist), read in one go for bulk work. */
    List<Product> findBySkus(Collection<String> skus);

    /**
     * Keeps new products and writes every pending change at once, so that all of them have ids;
     * for bulk work, where writing row by row would cost a round trip each.
     */
    void storeAll(Collection<Product> newProducts);

    /** Every listing of a maker, in any status (when the maker's public face changes). */
    List<Product> findByMaker(long makerId);

    /** A maker's published listings, newest first, at most {@code limit}. */
    List<Product> publishedByMaker(long makerId, int limit);

    /** Listings in any status for the back office, newest first. */
    List<Product> list(ListingFilter filter, int offset, int limit);

    long count(ListingFilter filter);

    /** Published products in id order, a batch at a time (for rebuilding the search index). */
    List<Product> publishedAfter(long afterId, int limit);

    long count();
}
