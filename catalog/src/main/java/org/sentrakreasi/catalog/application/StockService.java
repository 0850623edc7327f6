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

    /**
     * Those of these products that are published, by id, as an order would record them now. A read:
     * it joins the caller's transaction if there is one and starts none.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, OrderableProduct> orderable(@NotNull Collection<Long> productIds) {
        return products.findAll(productIds).stream().filter(Product::isPublished)
                .map(p -> new OrderableProduct(p.id(), p.name(), p.price().amount(), p.maker().id(), p.unitId(),
                        p.stock()))
                .collect(Collectors.toMap(OrderableProduct::id, Function.identity()));
    }

    /**
     * Refuses quantities that the stock last committed cannot cover, without taking anything or
     * waiting for anyone. When a product sells out in a rush, the buyers after the last piece are
     * answered from this read instead of queueing for the product's row one by one; a quantity
     * that passes here is still taken by {@link #reserve}, which has the last word.
     *
     * @param onSale     the products as {@link #orderable} read them
     * @param quantities product id to quantity, for products in {@code onSale}
     * @throws OutOfStockException naming every product that is short
     */
    public static void requireAvailable(Map<Long, OrderableProduct> onSale, Map<Long, Integer> quantities) {
        List<OutOfStockException.Shortage> shortages = new TreeMap<>(quantities).entrySet().stream()
                .filter(line -> onSale.containsKey(line.getKey()) && onSale.get(line.getKey()).stock() < line.getValue())
                .map(line -> onSale.get(line.getKey()))
                .map(p -> new OutOfStockException.Shortage(String.valueOf(p.id()), p.name(), Math.max(0, p.stock())))
                .toList();
        if (!shortages.isEmpty()) {
            throw new OutOfStockException(shortages);
        }
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
