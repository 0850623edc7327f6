package org.sentrakreasi.storefront.web.shop;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.sentrakreasi.storefront.cart.Cart;
import org.sentrakreasi.storefront.cart.CartReview;
import org.sentrakreasi.storefront.cart.CartService;
import org.sentrakreasi.storefront.cart.ReviewedLine;
import org.sentrakreasi.storefront.web.Messages;

/**
 * The cart page ({@code /keranjang}): the lines as the catalog has them now, quantities to change,
 * lines to remove, and the way on to checkout while every line can be ordered.
 */
@Named
@RequestScoped
public class CartBacking {

    @Inject
    Cart cart;

    @Inject
    CartService carts;

    @Inject
    Messages messages;

    private CartReview review;
    private List<Row> rows;

    /** A line with the quantity field the shopper may change. */
    public static final class Row {

        private final ReviewedLine line;
        private Integer quantity;

        Row(ReviewedLine line) {
            this.line = line;
            this.quantity = line.quantity();
        }

        public ReviewedLine getLine() {
            return line;
        }

        public Integer getQuantity() {
            return quantity;
        }

        public void setQuantity(Integer quantity) {
            this.quantity = quantity;
        }
    }

    @PostConstruct
    void read() {
        review = carts.review(cart.lines());
        rows = review.lines().stream().map(Row::new).toList();
    }

    /** Applies every changed quantity, then shows the cart as it is now. */
    public void update() {
        for (Row row : rows) {
            if (row.quantity != null && row.quantity != row.line.quantity()) {
                cart.change(row.line.productId(), row.quantity);
            }
        }
        read();
        messages.info("shop.cart.updated");
    }

    public void remove(String productId) {
        rows.stream().filter(row -> row.line.productId().equals(productId)).findFirst()
                .ifPresent(row -> messages.info("shop.cart.removed",
                        row.line.name() == null ? messages.text("shop.cart.unknownProduct") : row.line.name()));
        cart.remove(productId);
        read();
    }

    public List<Row> getRows() {
        return rows;
    }

    public CartReview getReview() {
        return review;
    }
}
