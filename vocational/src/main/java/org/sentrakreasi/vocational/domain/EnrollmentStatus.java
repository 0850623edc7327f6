package org.sentrakreasi.vocational.domain;

/** An enrolment is ENROLLED until it ends, once, in GRADUATED or WITHDRAWN. */
public enum EnrollmentStatus {
    ENROLLED, GRADUATED, WITHDRAWN;

    /** Holds a place in the cohort: a withdrawal frees it, a graduation keeps it. */
    public boolean takesAPlace() {
        return this != WITHDRAWN;
    }
}
