package org.sentrakreasi.vocational.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.sentrakreasi.vocational.application.AuditEvent;
import org.sentrakreasi.vocational.application.AuditLog;

@ApplicationScoped
public class JpaAuditLog implements AuditLog {

    @PersistenceContext(unitName = "sentrakreasi")
    private EntityManager em;

    @Override
    public void record(AuditEvent event) {
        em.persist(new AuditEntry(event));
    }

    @Override
    public List<AuditEvent> page(Long beneficiaryId, int page, int size) {
        TypedQuery<AuditEntry> query = em.createQuery("select a from AuditEntry a"
                + (beneficiaryId == null ? "" : " where a.beneficiaryId = :beneficiaryId")
                + " order by a.id desc", AuditEntry.class);
        if (beneficiaryId != null) {
            query.setParameter("beneficiaryId", beneficiaryId);
        }
        return query.setFirstResult(page * size).setMaxResults(size).getResultStream().map(AuditEntry::event).toList();
    }

    @Override
    public long count(Long beneficiaryId) {
        TypedQuery<Long> query = em.createQuery("select count(a) from AuditEntry a"
                + (beneficiaryId == null ? "" : " where a.beneficiaryId = :beneficiaryId"), Long.class);
        if (beneficiaryId != null) {
            query.setParameter("beneficiaryId", beneficiaryId);
        }
        return query.getSingleResult();
    }
}
