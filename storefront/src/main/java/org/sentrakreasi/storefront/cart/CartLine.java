package org.sentrakreasi.storefront.cart;

import java.io.Serializable;

/** One line of the cart: a product by its public id and how many pieces of it. */
public record CartLine(String productId, int quantity) implements Serializable {
}
