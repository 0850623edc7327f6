package org.sentrakreasi.vocational.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An enrolment with its beneficiary's name, for the unit's staff only (never a public page or
 * JSON): the NIK masked, {@code attendanceRate} in percent (null before any counted session),
 * {@code certified} with a KOMPETEN assessment in force, {@code exempted} from assessment.
 */
public record Trainee(String enrollmentId, String beneficiaryId, String fullName, String nik, String status,
                      LocalDate enrolledOn, LocalDate graduatedOn, LocalDate withdrawnOn, BigDecimal attendanceRate,
                      boolean certified, boolean exempted) {

    /** The names of the private fields a trainee line shows, for the audit log. */
    static final List<String> FIELDS = List.of("fullName", "nik", "attendance", "assessment");
}
