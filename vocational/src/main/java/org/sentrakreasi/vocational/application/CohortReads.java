package org.sentrakreasi.vocational.application;

import java.util.List;
import java.util.Optional;
import org.sentrakreasi.vocational.domain.Cohort;
import org.sentrakreasi.vocational.domain.CohortStatus;

/**
 * Port: cohorts loaded to be shown, not changed. Unlike {@link org.sentrakreasi.vocational.domain.CohortRepository}
 * it takes no lock and raises no version, so that reading a cohort never makes a concurrent
 * enrolment fail.
 */
public interface CohortReads {

    Optional<Cohort> find(long id);

    /** The cohort that holds the enrolment. */
    Optional<Cohort> findByEnrollment(long enrollmentId);

    /** The cohort that holds the session. */
    Optional<Cohort> findBySession(long sessionId);

    /** By start date, newest first; null filters are not applied. */
    List<Cohort> list(Long unitId, CohortStatus status);
}
