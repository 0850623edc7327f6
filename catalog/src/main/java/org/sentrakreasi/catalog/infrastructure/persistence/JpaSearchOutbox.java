package org.sentrakreasi.catalog.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;
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

    /** Rows per INSERT statement: a bulk import enqueues a thousand products per transaction. */
    private static final int ROWS_PER_INSERT = 250;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void productsChanged(Collection<Long> productIds) {
        List<Long> ids = List.copyOf(productIds);
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        for (int from = 0; from < ids.size(); from += ROWS_PER_INSERT) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + ROWS_PER_INSERT));
            StringJoiner rows = new StringJoiner(", ");
            for (int i = 0; i < chunk.size(); i++) {
                rows.add("(?" + (i + 2) + ", ?1, ?1, 0)");
            }
            // Inserting outbox rows depends on no pending change of this transaction, and the flush that
            // JPA does before a query compares every object the transaction holds (a thousand in an import).
            Query insert = em.createNativeQuery("insert into search_outbox (product_id, enqueued_at, next_attempt_at, attempts)"
                    + " values " + rows).setParameter(1, now).setFlushMode(FlushModeType.COMMIT);
            for (int i = 0; i < chunk.size(); i++) {
                insert.setParameter(i + 2, chunk.get(i));
            }
            insert.executeUpdate();
        }
    }

    /**
     * One conditional UPDATE claims the rows: the claim condition is repeated outside the
     * sub-select, so when two instances race, the database re-checks it on the row the other one
     * just claimed and skips it (PostgreSQL read committed; H2 locks the rows).
     */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<OutboxEntryView> claim(String worker, int limit, Instant now, Instant leaseEnd) {
        String due = "(o.claimed_until is null or o.claimed_until < ?2) and o.next_attempt_at <= ?2";
        em.createNativeQuery("update search_outbox o set claimed_by = ?1, claimed_until = ?3"
                        + " where " + due + " and o.id in (select o.id from search_outbox o where " + due
                        + " order by o.id fetch first " + limit + " rows only)")
                .setParameter(1, worker)
                .setParameter(2, java.sql.Timestamp.from(now))
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
            em.createQuery("delete from OutboxEntry o where o.id in :ids").setParameter("ids", entryIds).executeUpdate();
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
