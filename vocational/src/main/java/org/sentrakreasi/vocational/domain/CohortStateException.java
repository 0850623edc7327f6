package org.sentrakreasi.vocational.domain;

/** A life-cycle step the cohort's status does not allow (starting it twice, completing a planned one). */
public class CohortStateException extends VocationalConflictException {

    public CohortStateException(Cohort cohort, String attempted) {
        super("Cohort '" + cohort.name() + "' is " + cohort.status() + " and cannot " + attempted);
    }
}
