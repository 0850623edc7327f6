package org.sentrakreasi.storefront.cart;

/**
 * A cart line as the catalog sees it now. {@code problem} says why it cannot be ordered as it is;
 * a line with a problem keeps the whole cart from checkout until it is changed or removed.
 */
public record ReviewedLine(
        String productId,
        String slug,
        String name,
        long unitPrice,
        String imageUrl,
        int quantity,
        int stock,
        Problem problem) {

    public enum Problem {
        /** Orderable as it is. */
        NONE,
        /** More pieces than are in stock (possibly none left). */
        EXCEEDS_STOCK,
        /** The product is no longer for sale (or no longer exists). */
        NOT_FOR_SALE
    }

    public long lineTotal() {
        return unitPrice * quantity;
    }

    public boolean orderable() {
        return problem == Problem.NONE;
    }
}
