package org.sentrakreasi.vocational.application;

import java.time.LocalDate;

/** A cohort in a list; {@code enrolled} counts the places taken (enrolled and graduated). */
public record CohortSummary(String id, String programId, String unitId, String name, LocalDate startDate,
                            LocalDate endDate, int capacity, String status, int enrolled) {
}
