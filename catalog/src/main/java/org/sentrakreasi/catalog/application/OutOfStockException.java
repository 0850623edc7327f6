package org.sentrakreasi.catalog.application;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Not enough of these products is left for an order (HTTP 409): nothing of the order was
 * reserved. Names every product that is short, with what is still available.
 */
public class OutOfStockException extends RuntimeException {

    private final List<Shortage> shortages;

    public OutOfStockException(List<Shortage> shortages) {
        super("Not enough in stock: " + shortages.stream()
                .map(s -> s.name() + " (" + s.productId() + ", " + s.available() + " left)")
                .collect(Collectors.joining(", ")));
        this.shortages = List.copyOf(shortages);
    }

    public List<Shortage> shortages() {
        return shortages;
    }

    /** A product that is short: its id as the API names it, its name and how many can still be ordered. */
    public record Shortage(String productId, String name, int available) {
    }
}
