package org.sentrakreasi.vocational.domain;

/** Every place of the cohort is taken by an enrolled or graduated beneficiary. */
public class CohortFullException extends VocationalConflictException {

    private final int capacity;

    public CohortFullException(Cohort cohort) {
        super("Cohort '" + cohort.name() + "' is full: all " + cohort.capacity() + " places are taken");
        this.capacity = cohort.capacity();
    }

    public int capacity() {
        return capacity;
    }
}
