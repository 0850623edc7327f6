package org.sentrakreasi.storefront.cart;

import java.util.List;

/** The cart's lines with the catalog's current names, prices and stock, and the total of them. */
public record CartReview(List<ReviewedLine> lines) {

    public long total() {
        return lines.stream().mapToLong(ReviewedLine::lineTotal).sum();
    }

    public int itemCount() {
        return lines.stream().mapToInt(ReviewedLine::quantity).sum();
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** Every line can be ordered as it is, and there is at least one. */
    public boolean orderable() {
        return !lines.isEmpty() && lines.stream().allMatch(ReviewedLine::orderable);
    }
}
