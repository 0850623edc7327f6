package org.sentrakreasi.catalog.domain;

/** A life-cycle step that the listing's current status does not allow. */
public class ProductStateException extends RuntimeException {

    public ProductStateException(Product product, String attempted) {
        super("Product " + product.sku() + " in status " + product.status() + " cannot " + attempted);
    }
}
