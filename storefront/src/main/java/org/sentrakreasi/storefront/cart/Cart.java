package org.sentrakreasi.storefront.cart;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The visitor's cart for the visit: product ids and quantities in the order they were added, and
 * nothing else, so that what it shows (name, price, stock) is always the catalog's current word.
 * It lives in the HTTP session, which keeps its attributes when the session id changes at sign-in,
 * so the cart survives signing in. Synchronized: two tabs of one visitor share it.
 */
@SessionScoped
public class Cart implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The most pieces of one product in one order: more is an institutional order, arranged with the unit. */
    public static final int MAX_QUANTITY = 99;

    /** The most different products in one cart. */
    public static final int MAX_LINES = 50;

    private final Map<String, Integer> quantities = new LinkedHashMap<>();

    /**
     * Adds pieces of a product, to its line if there is one; a line never holds more than
     * {@link #MAX_QUANTITY}.
     *
     * @return the line's quantity now
     * @throws IllegalArgumentException for a quantity below one
     * @throws IllegalStateException    for a new product when the cart already has {@link #MAX_LINES} lines
     */
    public synchronized int add(String productId, int quantity) {
        requirePositive(quantity);
        if (!quantities.containsKey(productId) && quantities.size() >= MAX_LINES) {
            throw new IllegalStateException("A cart holds at most " + MAX_LINES + " products");
        }
        return quantities.merge(productId, quantity, (held, added) -> Math.min(MAX_QUANTITY, held + added));
    }

    /** Sets the quantity of a line that is in the cart; nothing happens for a product that is not. */
    public synchronized void change(String productId, int quantity) {
        requirePositive(quantity);
        quantities.computeIfPresent(productId, (id, held) -> Math.min(MAX_QUANTITY, quantity));
    }

    public synchronized void remove(String productId) {
        quantities.remove(productId);
    }

    /** The lines in the order they were added. */
    public synchronized List<CartLine> lines() {
        return quantities.entrySet().stream().map(line -> new CartLine(line.getKey(), line.getValue())).toList();
    }

    /** Empties the cart (after an order is placed). */
    public synchronized void clear() {
        quantities.clear();
    }

    /** How many pieces in all, for the header. */
    public synchronized int itemCount() {
        return quantities.values().stream().mapToInt(Integer::intValue).sum();
    }

    public synchronized int quantityOf(String productId) {
        return quantities.getOrDefault(productId, 0);
    }

    private static void requirePositive(int quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("A cart line needs at least one piece, not " + quantity);
        }
    }
}
