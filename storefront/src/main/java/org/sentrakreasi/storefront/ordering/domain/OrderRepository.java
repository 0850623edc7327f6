package org.sentrakreasi.storefront.ordering.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: where orders are kept. */
public interface OrderRepository {

    Optional<Order> findByCode(String code);

    boolean codeExists(String code);

    /** Keeps a new order or writes a changed one now, so that a concurrent change fails here. */
    Order store(Order order);

    /**
     * Orders with at least one line of the unit (null: every order), optionally in one status,
     * newest first.
     */
    List<Order> ofUnit(Long unitId, OrderStatus status, int offset, int limit);

    long countOfUnit(Long unitId, OrderStatus status);

    /** Orders with at least one line of these makers, in any status, newest first. */
    List<Order> withLinesOfMakers(Collection<Long> makerIds);
}
