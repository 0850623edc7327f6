package org.sentrakreasi.storefront.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CartTest {

    private final Cart cart = new Cart();

    @Test
    void addingAProductAgainAddsToItsLineAndLinesKeepTheOrderTheyWereAddedIn() {
        cart.add("7", 1);
        cart.add("3", 2);
        assertThat(cart.add("7", 2)).isEqualTo(3);
        assertThat(cart.lines()).containsExactly(new CartLine("7", 3), new CartLine("3", 2));
        assertThat(cart.itemCount()).isEqualTo(5);
        assertThat(cart.quantityOf("3")).isEqualTo(2);
        assertThat(cart.quantityOf("9")).isZero();
    }

    @Test
    void aLineHoldsAtMostTheLargestQuantity() {
        cart.add("7", 60);
        assertThat(cart.add("7", 60)).isEqualTo(Cart.MAX_QUANTITY);
        cart.change("7", 500);
        assertThat(cart.quantityOf("7")).isEqualTo(Cart.MAX_QUANTITY);
    }

    @Test
    void changingAndRemovingTouchOnlyTheirLine() {
        cart.add("7", 1);
        cart.add("3", 1);
        cart.change("7", 4);
        cart.change("not-in-cart", 2);
        cart.remove("3");
        assertThat(cart.lines()).containsExactly(new CartLine("7", 4));
        cart.clear();
        assertThat(cart.lines()).isEmpty();
        assertThat(cart.itemCount()).isZero();
    }

    @Test
    void quantitiesBelowOneAndTooManyProductsAreRefused() {
        assertThatThrownBy(() -> cart.add("7", 0)).isInstanceOf(IllegalArgumentException.class);
        cart.add("7", 1);
        assertThatThrownBy(() -> cart.change("7", -1)).isInstanceOf(IllegalArgumentException.class);
        for (int i = 1; i < Cart.MAX_LINES; i++) {
            cart.add("p" + i, 1);
        }
        assertThatThrownBy(() -> cart.add("one-too-many", 1)).isInstanceOf(IllegalStateException.class);
        assertThat(cart.add("7", 1)).as("an existing line still grows").isEqualTo(2);
    }
}
