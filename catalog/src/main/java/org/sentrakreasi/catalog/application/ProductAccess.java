package org.sentrakreasi.catalog.application;

import org.sentrakreasi.catalog.domain.Product;
import org.sentrakreasi.catalog.domain.ProductNotFoundException;
import org.sentrakreasi.catalog.domain.ProductRepository;

/** The one rule for reaching a listing in the back office: it must exist (404) and be the actor's to manage (403). */
final class ProductAccess {

    private ProductAccess() {
    }

    static Product manageable(ProductRepository products, Actor actor, String id) {
        Product product = ProductIds.parse(id).flatMap(products::find)
                .orElseThrow(() -> new ProductNotFoundException(id));
        if (!actor.mayManage(product)) {
            throw new NotPermittedException("This listing belongs to another maker or unit.");
        }
        return product;
    }
}
