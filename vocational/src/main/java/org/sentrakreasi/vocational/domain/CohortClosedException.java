package org.sentrakreasi.vocational.domain;

/** The cohort is completed: nobody joins it and no session is added to it any more. */
public class CohortClosedException extends VocationalConflictException {

    public CohortClosedException(Cohort cohort, String attempted) {
        super("Cohort '" + cohort.name() + "' is completed: cannot " + attempted);
    }
}
