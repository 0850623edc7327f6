package org.sentrakreasi.vocational.application;

import java.time.LocalDate;

/** An enrolment, naming the beneficiary by id only. */
public record EnrollmentSummary(String id, String cohortId, String beneficiaryId, String status,
                                LocalDate enrolledOn, LocalDate graduatedOn, LocalDate withdrawnOn) {
}
