package org.sentrakreasi.storefront.ordering.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sentrakreasi.storefront.ordering.domain.Order;
import org.sentrakreasi.storefront.ordering.domain.OrderRepository;
import org.sentrakreasi.storefront.ordering.domain.OrderStatus;

@ApplicationScoped
public class JpaOrderRepository implements OrderRepository {

    private static final String BATCH = "eclipselink.batch";
    private static final String BATCH_TYPE = "eclipselink.batch.type";

    @PersistenceContext(unitName = "sentrakreasi")
    private EntityManager em;

    @Override
    public Optional<Order> findByCode(String code) {
        return em.createQuery("select o from CustomerOrder o where o.code = :code", Order.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public boolean codeExists(String code) {
        return em.createQuery("select count(o) from CustomerOrder o where o.code = :code", Long.class)
                .setParameter("code", code)
                .getSingleResult() > 0;
    }

    @Override
    public Order store(Order order) {
        Order stored = order;
        if (order.id() == null) {
            em.persist(order);
        } else {
            stored = em.merge(order);
        }
        em.flush();
        return stored;
    }

    @Override
    public List<Order> ofUnit(Long unitId, OrderStatus status, int offset, int limit) {
        return inBatches(bind(em.createQuery("select o from CustomerOrder o where " + conditions(unitId, status)
                + " order by o.placedAt desc, o.id desc", Order.class), unitId, status))
                .setFirstResult(offset).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countOfUnit(Long unitId, OrderStatus status) {
        return bind(em.createQuery("select count(o) from CustomerOrder o where " + conditions(unitId, status),
                Long.class), unitId, status).getSingleResult();
    }

    @Override
    public List<Order> withLinesOfMakers(Collection<Long> makerIds) {
        return inBatches(em.createQuery("select o from CustomerOrder o where exists (select 1 from CustomerOrder m"
                        + " join m.lines l where m = o and l.makerId in :makers) order by o.placedAt desc, o.id desc",
                Order.class))
                .setParameter("makers", makerIds)
                .getResultList();
    }

    /** A unit's orders are those with at least one line of the unit; a subquery keeps each order once. */
    private static String conditions(Long unitId, OrderStatus status) {
        String unit = unitId == null ? "1 = 1"
                : "exists (select 1 from CustomerOrder u join u.lines l where u = o and l.unitId = :unit)";
        return status == null ? unit : unit + " and o.status = :status";
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Long unitId, OrderStatus status) {
        if (unitId != null) {
            query.setParameter("unit", unitId);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        return query;
    }

    /** Lines and histories of a page of orders in one query each, not one per order. */
    private static <T> TypedQuery<T> inBatches(TypedQuery<T> query) {
        return query.setHint(BATCH_TYPE, "IN").setHint(BATCH, "o.lines").setHint(BATCH, "o.history");
    }
}
