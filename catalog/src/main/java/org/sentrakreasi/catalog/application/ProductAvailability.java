package org.sentrakreasi.catalog.application;

/**
 * What a cart needs to know of a product now: its current name, price and photo, how many are in
 * stock, and whether it is still for sale. The name of a product that is no longer published is
 * kept so that the shopper recognises the line they added while it was.
 */
public record ProductAvailability(
        String id,
        String slug,
        String name,
        long price,
        String imageUrl,
        int stock,
        boolean published) {

    /** Whether {@code quantity} pieces can be ordered now. */
    public boolean canSupply(int quantity) {
        return published && quantity <= stock;
    }
}
