package org.sentrakreasi.vocational.domain;

import java.util.Optional;

/**
 * Port: where cohorts are kept, each with its enrolments, sessions, attendance, assessments and
 * follow-ups. The API's routes name an enrolment or a session; the cohort is found from them.
 * <p>
 * A cohort is loaded here to be changed (screens read through the read side), so the adapter
 * loads it with {@code OPTIMISTIC_FORCE_INCREMENT}: a change to the cohort's parts (an enrolment,
 * a mark) leaves the cohort's own row alone, and without the forced version increment two
 * coordinators could both take the last place.
 */
public interface CohortRepository {

    Optional<Cohort> find(long id);

    /** @throws RecordNotFoundException when absent */
    default Cohort get(long id) {
        return find(id).orElseThrow(() -> new RecordNotFoundException("cohort", id));
    }

    /** The cohort that holds the enrolment. */
    Optional<Cohort> findByEnrollment(long enrollmentId);

    /** The cohort that holds the session. */
    Optional<Cohort> findBySession(long sessionId);

    /** Keeps a new cohort and gives it its id; changes to a loaded one are saved with the transaction. */
    Cohort add(Cohort cohort);

    /** Writes the changes made so far, so that new parts (an enrolment, a session) get their ids. */
    void flush();
}
