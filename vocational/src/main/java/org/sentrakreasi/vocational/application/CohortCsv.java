package org.sentrakreasi.vocational.application;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a cohort's enrolments as CSV (RFC 4180, header row). The NIK column exists only in an
 * admin's export: a coordinator's file, forwarded or left on a shared drive, carries no NIK. Names
 * are written so that no spreadsheet reads them as formulas ({@link #asText}).
 */
final class CohortCsv {

    /** One line: an enrolment with its beneficiary's name (and NIK, for admins). */
    record Row(long enrollmentId, long beneficiaryId, String fullName, String nik, String status, LocalDate enrolledOn,
               BigDecimal attendanceRate, boolean certified, LocalDate graduatedOn, LocalDate withdrawnOn) {
    }

    /** The first characters that make a spreadsheet read a cell as a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private static final List<String> BEFORE_NIK = List.of("enrollmentId", "beneficiaryId", "fullName");
    private static final List<String> AFTER_NIK = List.of("status", "enrolledOn", "attendanceRate", "certified",
            "graduatedOn", "withdrawnOn");

    private CohortCsv() {
    }

    /** The column names of the private fields, for the audit log. */
    static List<String> columns(boolean withNik) {
        List<String> columns = new ArrayList<>(BEFORE_NIK);
        if (withNik) {
            columns.add("nik");
        }
        columns.addAll(AFTER_NIK);
        return columns;
    }

    static String write(List<Row> rows, boolean withNik) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(columns(withNik).toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Row row : rows) {
                List<Object> values = new ArrayList<>(List.of(row.enrollmentId(), row.beneficiaryId(),
                        asText(row.fullName())));
                if (withNik) {
                    values.add(row.nik() == null ? "" : row.nik());
                }
                values.add(row.status());
                values.add(row.enrolledOn());
                values.add(row.attendanceRate() == null ? "" : row.attendanceRate().toPlainString());
                values.add(row.certified());
                values.add(row.graduatedOn() == null ? "" : row.graduatedOn());
                values.add(row.withdrawnOn() == null ? "" : row.withdrawnOn());
                printer.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Typed text stays text in a spreadsheet: a value that begins like a formula (OWASP's CSV
     * injection list) gets a leading apostrophe, which Excel and LibreOffice hide. Otherwise a name
     * typed as {@code =HYPERLINK("http://…?"&D2)} would run in the admin's spreadsheet and could send
     * other rows' NIKs away.
     */
    static String asText(String value) {
        return value != null && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
