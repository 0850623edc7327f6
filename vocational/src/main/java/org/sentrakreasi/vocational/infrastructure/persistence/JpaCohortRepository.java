package org.sentrakreasi.vocational.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.sentrakreasi.vocational.domain.Cohort;
import org.sentrakreasi.vocational.domain.CohortRepository;

/**
 * Loads cohorts to be changed, with {@code OPTIMISTIC_FORCE_INCREMENT} (see {@link CohortRepository}):
 * the cohort's version rises with every change to its parts, so of two concurrent enrolments for
 * the last place one fails at commit.
 */
@ApplicationScoped
public class JpaCohortRepository implements CohortRepository {

    @PersistenceContext(unitName = "sentrakreasi")
    private EntityManager em;

    @Override
    public Optional<Cohort> find(long id) {
        return Optional.ofNullable(em.find(Cohort.class, id, LockModeType.OPTIMISTIC_FORCE_INCREMENT));
    }

    @Override
    public Optional<Cohort> findByEnrollment(long enrollmentId) {
        return CohortIds.ofEnrollment(em, enrollmentId).flatMap(this::find);
    }

    @Override
    public Optional<Cohort> findBySession(long sessionId) {
        return CohortIds.ofSession(em, sessionId).flatMap(this::find);
    }

    @Override
    public Cohort add(Cohort cohort) {
        em.persist(cohort);
        em.flush();
        return cohort;
    }

    @Override
    public void flush() {
        em.flush();
    }
}
