package org.sentrakreasi.vocational.application;

import java.time.LocalDate;
import java.util.List;

/**
 * The register of one session: a line per beneficiary currently enrolled, by name, with the mark
 * recorded so far ({@code status} PRESENT, ABSENT or EXCUSED, null when none).
 */
public record AttendanceSheet(String sessionId, String cohortId, String cohortName, LocalDate date, String topic,
                              List<Line> lines) {

    /** The names of the private fields a sheet shows, for the audit log. */
    static final List<String> FIELDS = List.of("fullName", "attendance");

    public record Line(String beneficiaryId, String fullName, String status) {
    }
}
