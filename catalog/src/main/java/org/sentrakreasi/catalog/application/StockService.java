package org.sentrakreasi.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sentrakreasi.catalog.domain.Product;
import org.sentrakreasi.catalog.domain.ProductRepository;

/**
 * Stock taken by orders and given back by cancellations, in the caller's transaction (the order's),
 * so that an order and its reservation commit or roll back together. Each line is one conditional
 * update in the database ({@link ProductRepository#reserveStock}): two buyers of the last piece
 * are serialised by the row, and the second finds none left. A product that sells out, or comes
 * back, goes into the search outbox so that search shows it as sold out, or in stock again.
 */
@ApplicationScoped
@Transactional
public class StockService {

    private ProductRepository products;
    private SearchOutbox outbox;

    protected StockService() {
        // for CDI proxies
    }

    @Inject
    public StockService(ProductRepository products, SearchOutbox outbox) {
        this.products = products;
        this.outbox = outbox;
    }

    /** Those of these products that are published, by id, as an order would record them now. */
    public Map<Long, OrderableProduct> orderable(@NotNull Collection<Long> productIds) {
        return products.findAll(productIds).stream().filter(Product::isPublished)
                .map(p -> new OrderableProduct(p.id(), p.name(), p.price().amount(), p.maker().id(), p.unitId()))
                .collect(Collectors.toMap(OrderableProduct::id, Function.identity()));
    }

    /**
     * Takes the quantities (product id to quantity) from the stock, all or none. Products are
     * taken in id order, so that two orders of the same products never wait for each other in a
     * circle.
     *
     * @throws OutOfStockException naming every product that is short; the caller's transaction
     *                             is marked for rollback, so what was taken is given back
     */
    public void reserve(@NotNull Map<Long, Integer> quantities) {
        List<Long> shortIds = new ArrayList<>();
        for (Map.Entry<Long, Integer> line : new TreeMap<>(quantities).entrySet()) {
            long productId = line.getKey();
            if (!products.reserveStock(productId, line.getValue())) {
                shortIds.add(productId);
            } else if (products.availableStock(productId).orElse(0) == 0) {
                outbox.productChanged(productId);
            }
        }
        if (!shortIds.isEmpty()) {
            throw new OutOfStockException(shortages(shortIds));
        }
    }

    /** Gives the quantities (product id to quantity) back, e.g. for a cancelled order. */
    public void release(@NotNull Map<Long, Integer> quantities) {
        for (Map.Entry<Long, Integer> line : new TreeMap<>(quantities).entrySet()) {
            long productId = line.getKey();
            products.releaseStock(productId, line.getValue());
            if (products.availableStock(productId).orElse(0) == line.getValue()) {
                outbox.productChanged(productId);
            }
        }
    }

    private List<OutOfStockException.Shortage> shortages(List<Long> productIds) {
        Map<Long, String> names = products.findAll(productIds).stream()
                .collect(Collectors.toMap(Product::id, Product::name));
        return productIds.stream()
                .map(id -> new OutOfStockException.Shortage(String.valueOf(id), names.getOrDefault(id, ""),
                        products.availableStock(id).orElse(0)))
                .toList();
    }
}
