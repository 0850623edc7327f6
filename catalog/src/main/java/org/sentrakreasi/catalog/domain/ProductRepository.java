package org.sentrakreasi.catalog.domain;

import java.util.Optional;

/** Port: where products are kept. */
public interface ProductRepository {

    Optional<Product> find(long id);

    Optional<Product> findBySku(String sku);

    /** @throws ProductNotFoundException when absent */
    default Product get(long id) {
        return find(id).orElseThrow(() -> new ProductNotFoundException(String.valueOf(id)));
    }

    Product store(Product product);

    long count();
}
