package org.sentrakreasi.vocational.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A cohort with its figures: {@code enrolled} places taken (enrolled and graduated),
 * {@code attendanceRate} in percent over the held sessions of those enrolments (null before any
 * counted session), {@code assessed} enrolments with an assessment, {@code certified} those with
 * a KOMPETEN certificate in force, {@code graduated}. Enrolments name beneficiaries by id only.
 */
public record CohortDetails(String id, String programId, String programName, String unitId, String name,
                            LocalDate startDate, LocalDate endDate, int capacity, int attendanceThreshold,
                            String status, int placesLeft, int enrolled, BigDecimal attendanceRate, int assessed,
                            int certified, int graduated, List<EnrollmentSummary> enrollments,
                            List<SessionSummary> sessions) {
}
