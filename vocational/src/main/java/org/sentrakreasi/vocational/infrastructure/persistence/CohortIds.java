package org.sentrakreasi.vocational.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.util.Optional;

/**
 * The cohort an enrolment or a session belongs to, by id: the API names those, and both the
 * locking repository and the lock-free reads load the cohort from there their own way.
 */
final class CohortIds {

    private CohortIds() {
    }

    static Optional<Long> ofEnrollment(EntityManager em, long enrollmentId) {
        return em.createQuery("select e.cohort.id from Enrollment e where e.id = :id", Long.class)
                .setParameter("id", enrollmentId)
                .getResultStream().findFirst();
    }

    static Optional<Long> ofSession(EntityManager em, long sessionId) {
        return em.createQuery("select s.cohort.id from TrainingSession s where s.id = :id", Long.class)
                .setParameter("id", sessionId)
                .getResultStream().findFirst();
    }
}
