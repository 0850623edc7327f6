package org.sentrakreasi.vocational.domain;

/** Life cycle of a cohort (angkatan): PLANNED, then RUNNING, then COMPLETED; never back. */
public enum CohortStatus {
    PLANNED, RUNNING, COMPLETED
}
