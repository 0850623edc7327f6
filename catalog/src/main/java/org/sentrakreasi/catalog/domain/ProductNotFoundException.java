package org.sentrakreasi.catalog.domain;

/** No product with that id, or none the caller may see. */
public class ProductNotFoundException extends RuntimeException {

    public ProductNotFoundException(String id) {
        super("No product with id " + id);
    }
}
