package org.sentrakreasi.vocational.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sentrakreasi.vocational.application.CohortReads;
import org.sentrakreasi.vocational.domain.Cohort;
import org.sentrakreasi.vocational.domain.CohortStatus;

/** Cohorts for display: plain reads, no lock, no version increment. */
@ApplicationScoped
public class JpaCohortReads implements CohortReads {

    @PersistenceContext(unitName = "sentrakreasi")
    private EntityManager em;

    @Override
    public Optional<Cohort> find(long id) {
        return Optional.ofNullable(em.find(Cohort.class, id));
    }

    @Override
    public Optional<Cohort> findByEnrollment(long enrollmentId) {
        return CohortIds.ofEnrollment(em, enrollmentId).flatMap(this::find);
    }

    @Override
    public Optional<Cohort> findBySession(long sessionId) {
        return CohortIds.ofSession(em, sessionId).flatMap(this::find);
    }

    /** Conditions are added only for given filters: PostgreSQL cannot type a null parameter in "? is null". */
    @Override
    public List<Cohort> list(Long unitId, CohortStatus status) {
        List<String> conditions = new ArrayList<>();
        if (unitId != null) {
            conditions.add("c.unitId = :unitId");
        }
        if (status != null) {
            conditions.add("c.status = :status");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<Cohort> query = em.createQuery("select c from Cohort c" + where
                + " order by c.startDate desc, c.id desc", Cohort.class);
        if (unitId != null) {
            query.setParameter("unitId", unitId);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getResultList();
    }
}
