package org.sentrakreasi.vocational.application;

import java.time.LocalDate;

/** A training day of a cohort. */
public record SessionSummary(String id, String cohortId, LocalDate date, String topic) {
}
