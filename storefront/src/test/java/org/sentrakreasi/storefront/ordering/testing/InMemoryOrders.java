package org.sentrakreasi.storefront.ordering.testing;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.sentrakreasi.storefront.ordering.domain.Order;
import org.sentrakreasi.storefront.ordering.domain.OrderRepository;
import org.sentrakreasi.storefront.ordering.domain.OrderStatus;

/** An in-memory {@link OrderRepository} for tests of the application layer (the JPA adapter runs in the ITs). */
public final class InMemoryOrders implements OrderRepository {

    private static final Comparator<Order> NEWEST_FIRST =
            Comparator.comparing(Order::placedAt).thenComparing(Order::id).reversed();

    private final Map<Long, Order> byId = new TreeMap<>();
    private long nextId = 1;

    @Override
    public Optional<Order> findByCode(String code) {
        return byId.values().stream().filter(o -> o.code().equals(code)).findFirst();
    }

    @Override
    public boolean codeExists(String code) {
        return findByCode(code).isPresent();
    }

    @Override
    public Order store(Order order) {
        if (order.id() == null) {
            assignId(order, nextId++);
        }
        byId.put(order.id(), order);
        return order;
    }

    @Override
    public List<Order> ofUnit(Long unitId, OrderStatus status, int offset, int limit) {
        return ofUnit(unitId, status).skip(offset).limit(limit).toList();
    }

    @Override
    public long countOfUnit(Long unitId, OrderStatus status) {
        return ofUnit(unitId, status).count();
    }

    @Override
    public List<Order> withLinesOfMakers(Collection<Long> makerIds) {
        return byId.values().stream()
                .filter(o -> o.lines().stream().anyMatch(line -> makerIds.contains(line.makerId())))
                .sorted(NEWEST_FIRST).toList();
    }

    public Collection<Order> all() {
        return byId.values();
    }

    private Stream<Order> ofUnit(Long unitId, OrderStatus status) {
        return byId.values().stream()
                .filter(o -> unitId == null || o.concernsUnit(unitId))
                .filter(o -> status == null || o.status() == status)
                .sorted(NEWEST_FIRST);
    }

    private static void assignId(Order order, long id) {
        try {
            Field field = Order.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(order, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
