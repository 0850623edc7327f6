package org.sentrakreasi.storefront.ordering.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.sentrakreasi.storefront.ordering.application.IdempotencyRecords;
import org.sentrakreasi.storefront.ordering.application.KeyAlreadyClaimedException;
import org.sentrakreasi.storefront.transactions.SqlStates;

@ApplicationScoped
public class JpaIdempotencyRecords implements IdempotencyRecords {

    /**
     * SQL states of a claim that collides with another transaction's: a unique violation (23505 on
     * PostgreSQL and H2), a serialisation failure or deadlock (40001), and H2's "concurrent update"
     * (90131) and lock timeout (HYT00) while the other transaction still holds the key.
     */
    private static final Set<String> CLAIM_CONFLICTS = Set.of("23505", "40001", "90131", "HYT00");

    @PersistenceContext(unitName = "sentrakreasi")
    private EntityManager em;

    @Override
    public Optional<Remembered> find(String key) {
        return Optional.ofNullable(em.find(IdempotencyRecord.class, key))
                .filter(IdempotencyRecord::isAnswered)
                .map(r -> new Remembered(r.requestFingerprint(), r.responseStatus(), r.responseBody(), r.orderCode()));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void claim(String key, String requestFingerprint, Instant now) {
        try {
            em.persist(new IdempotencyRecord(key, requestFingerprint, now));
            em.flush();
        } catch (PersistenceException e) {
            if (SqlStates.causedBy(e, CLAIM_CONFLICTS)) {
                throw new KeyAlreadyClaimedException(e);
            }
            throw e;
        }
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void answer(String key, int status, String body, String orderCode) {
        em.find(IdempotencyRecord.class, key).answer(status, body, orderCode);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int forgetClaimedBefore(Instant cutoff) {
        return em.createNativeQuery("delete from idempotency_key where claimed_at < ?1")
                .setParameter(1, Timestamp.from(cutoff))
                .executeUpdate();
    }
}
