package org.sentrakreasi.catalog.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.sentrakreasi.catalog.application.SearchOutbox;

@ApplicationScoped
public class JpaSearchOutbox implements SearchOutbox {

    @PersistenceContext(unitName = "sentrakreasi")
    private EntityManager em;

    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void productChanged(long productId) {
        em.persist(new OutboxEntry(productId, clock.instant()));
    }

    /** Products per INSERT statement: a bulk import enqueues thousands per transaction. */
    private static final int ROWS_PER_INSERT = 1000;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void productsChanged(Collection<Long> productIds) {
        List<Long> ids = List.copyOf(productIds);
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        for (int from = 0; from < ids.size(); from += ROWS_PER_INSERT) {
            // Selected from product rather than listed as VALUES: one bound timestamp instead of two
            // per row, whose placeholders EclipseLink would have to find and bind by the thousand. The
            // pending inserts of this transaction need no flush (FlushModeType.COMMIT): storeAll wrote them.
            em.createNativeQuery("insert into search_outbox (product_id, enqueued_at, next_attempt_at, attempts)"
                            + " select p.id, ?1, ?1, 0 from product p where p.id in ("
                            + SqlLiterals.ids(ids.subList(from, Math.min(ids.size(), from + ROWS_PER_INSERT)))
                            + ") order by p.id")
                    .setParameter(1, now)
                    .setFlushMode(FlushModeType.COMMIT)
                    .executeUpdate();
        }
    }

    /**
     * One UPDATE claims the oldest due rows. Rows of a product that another worker holds are left
     * for later: two workers indexing one product at once could write their reads in the other
     * order, so the older state would win (V12). Claims take turns on a one-row table, because two
     * claims running side by side would each see the other's rows as free; with the turn taken, the
     * UPDATE (a statement of its own, read committed) sees every claim made before it.
     */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<OutboxEntryView> claim(String worker, int limit, Instant now, Instant leaseEnd) {
        java.sql.Timestamp at = java.sql.Timestamp.from(now);
        String due = "(o.claimed_until is null or o.claimed_until < ?2) and o.next_attempt_at <= ?2";
        // Every instance claims every second; an idle one stops here. Taking the turn locks its row,
        // which H2 writes to its file, so an idle application would otherwise write every second.
        if (em.createNativeQuery("select o.id from search_outbox o where " + due + " fetch first 1 rows only")
                .setParameter(2, at).getResultList().isEmpty()) {
            return List.of();
        }
        em.createNativeQuery("select id from search_outbox_claim_turn where id = 1 for update").getSingleResult();
        String productFree = "not exists (select 1 from search_outbox held where held.product_id = o.product_id"
                + " and held.claimed_until >= ?2)";
        em.createNativeQuery("update search_outbox set claimed_by = ?1, claimed_until = ?3"
                        + " where id in (select o.id from search_outbox o where " + due
                        + " and " + productFree + " order by o.id fetch first " + limit + " rows only)")
                .setParameter(1, worker)
                .setParameter(2, at)
                .setParameter(3, java.sql.Timestamp.from(leaseEnd))
                .executeUpdate();
        return em.createQuery("select o from OutboxEntry o where o.claimedBy = :worker order by o.id", OutboxEntry.class)
                .setParameter("worker", worker)
                .getResultStream()
                .map(o -> new OutboxEntryView(o.id(), o.productId(), o.attempts()))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(Collection<Long> entryIds) {
        if (!entryIds.isEmpty()) {
            em.createNativeQuery("delete from search_outbox where id in (" + SqlLiterals.ids(entryIds) + ")")
                    .executeUpdate();
        }
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void retryLater(Collection<Long> entryIds, String error, Instant now, Duration backoff) {
        for (Long id : entryIds) {
            OutboxEntry entry = em.find(OutboxEntry.class, id);
            if (entry != null) {
                entry.failed(error, now.plus(backoff));
            }
        }
    }

    @Override
    public long pending() {
        return em.createQuery("select count(o) from OutboxEntry o", Long.class).getSingleResult();
    }
}
