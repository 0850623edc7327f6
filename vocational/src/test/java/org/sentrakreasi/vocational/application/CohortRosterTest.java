package org.sentrakreasi.vocational.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sentrakreasi.vocational.domain.AssessmentResult;
import org.sentrakreasi.vocational.domain.AttendanceStatus;
import org.sentrakreasi.vocational.domain.Beneficiary;
import org.sentrakreasi.vocational.domain.Cluster;
import org.sentrakreasi.vocational.domain.Cohort;
import org.sentrakreasi.vocational.domain.CohortStatus;
import org.sentrakreasi.vocational.domain.Enrollment;
import org.sentrakreasi.vocational.domain.Gender;
import org.sentrakreasi.vocational.domain.Nik;
import org.sentrakreasi.vocational.domain.RecordNotFoundException;
import org.sentrakreasi.vocational.domain.TrainingSession;

class CohortRosterTest {

    private static final long BEKASI = 1;
    private static final long MAGELANG = 2;
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T02:00:00Z"), ZoneOffset.UTC);
    private static final Staff COORDINATOR = Staff.coordinator("koordinator.bekasi", BEKASI);

    private final Fakes.Beneficiaries beneficiaries = new Fakes.Beneficiaries();
    private final Fakes.Audit audit = new Fakes.Audit();
    private Cohort cohort;
    private TrainingSession session;
    private final CohortRoster roster = new CohortRoster(new OneCohort(), beneficiaries,
            new Auditor(audit, CLOCK), CLOCK);

    /** Reads of the one cohort of these tests, found by its own id, an enrolment's or a session's. */
    private final class OneCohort implements CohortReads {
        @Override
        public Optional<Cohort> find(long id) {
            return Optional.of(cohort).filter(c -> c.id() == id);
        }

        @Override
        public Optional<Cohort> findByEnrollment(long enrollmentId) {
            return Optional.of(cohort).filter(c -> c.enrollment(enrollmentId).isPresent());
        }

        @Override
        public Optional<Cohort> findBySession(long sessionId) {
            return Optional.of(cohort).filter(c -> c.session(sessionId).isPresent());
        }

        @Override
        public List<Cohort> list(Long unitId, CohortStatus status) {
            return List.of(cohort);
        }
    }

    @BeforeEach
    void aRunningCohortWithTwoTraineesOneWithdrawn() {
        long wati = register("Wati Rahayu", "3374015705900001");
        long budi = register("budi Santoso", null);
        long ani = register("Ani Lestari", null);
        cohort = Fakes.withId(new Cohort(1, BEKASI, "Tata Boga 2025-1", TODAY.minusDays(30), TODAY.plusDays(30), 5), 7L);
        cohort.start();
        Fakes.withId(cohort.enroll(wati, TODAY.minusDays(30)), 11L);
        Fakes.withId(cohort.enroll(budi, TODAY.minusDays(30)), 12L);
        Fakes.withId(cohort.enroll(ani, TODAY.minusDays(30)), 13L).withdraw("Pindah kota", TODAY.minusDays(20));
        session = Fakes.withId(cohort.scheduleSession(TODAY.minusDays(1), "Kue kering"), 21L);
        session.recordAttendance(wati, AttendanceStatus.PRESENT);
        cohort.enrollment(11).orElseThrow().recordAssessment("Mengolah kue", AssessmentResult.KOMPETEN, "LSP Pariwisata",
                TODAY.minusDays(1), "LSP-1", TODAY.plusYears(3));
    }

    @Test
    void traineesAreNamedWithTheNikMaskedAndEachReadIsAudited() {
        List<Trainee> trainees = roster.trainees(COORDINATOR, 7);

        assertThat(trainees).extracting(Trainee::fullName).containsExactly("Ani Lestari", "budi Santoso", "Wati Rahayu");
        Trainee wati = trainees.get(2);
        assertThat(wati.enrollmentId()).isEqualTo("11");
        assertThat(wati.nik()).isEqualTo("************0001");
        assertThat(wati.attendanceRate()).isEqualByComparingTo(BigDecimal.valueOf(100));
        assertThat(wati.attendanceRate().toPlainString()).isEqualTo("100");
        assertThat(wati.certified()).isTrue();
        assertThat(trainees.get(1).attendanceRate()).as("no mark at a held session counts as absent").isZero();
        assertThat(trainees.get(0).status()).isEqualTo("WITHDRAWN");
        assertThat(audit.events).hasSize(3).allSatisfy(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.READ);
            assertThat(event.fields()).contains("fullName", "nik");
        });
    }

    @Test
    void theAttendanceSheetListsTheCurrentlyEnrolledWithTheirMarks() {
        AttendanceSheet sheet = roster.attendanceSheet(COORDINATOR, 21);

        assertThat(sheet.cohortId()).isEqualTo("7");
        assertThat(sheet.topic()).isEqualTo("Kue kering");
        assertThat(sheet.lines()).extracting(AttendanceSheet.Line::fullName, AttendanceSheet.Line::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("budi Santoso", null),
                        org.assertj.core.groups.Tuple.tuple("Wati Rahayu", "PRESENT"));
        assertThat(audit.events).hasSize(2);
    }

    @Test
    void aTraineesRecordHasEveryAssessment() {
        Enrollment budi = cohort.enrollment(12).orElseThrow();
        budi.exemptFromAssessment("Tidak ada LSP untuk skema ini", "koordinator.bekasi", TODAY);

        TraineeRecord wati = roster.trainee(COORDINATOR, 11);
        assertThat(wati.cohortName()).isEqualTo("Tata Boga 2025-1");
        assertThat(wati.attendanceThreshold()).isEqualTo(80);
        assertThat(wati.assessments()).extracting(AssessmentSummary::certificateNumber).containsExactly("LSP-1");
        assertThat(wati.exemptionReason()).isNull();
        assertThat(roster.trainee(COORDINATOR, 12).exemptionReason()).isEqualTo("Tidak ada LSP untuk skema ini");
        assertThat(roster.trainee(COORDINATOR, 12).trainee().exempted()).isTrue();
    }

    @Test
    void anotherUnitsCoordinatorIsRefusedAndUnknownIdsAreNotFound() {
        Staff magelang = Staff.coordinator("koordinator.magelang", MAGELANG);
        assertThatThrownBy(() -> roster.trainees(magelang, 7)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roster.attendanceSheet(magelang, 21)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roster.trainee(magelang, 11)).isInstanceOf(AccessDeniedException.class);
        assertThat(audit.events).as("nothing was read").isEmpty();

        assertThatThrownBy(() -> roster.trainees(COORDINATOR, 99)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> roster.attendanceSheet(COORDINATOR, 99)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> roster.trainee(COORDINATOR, 99)).isInstanceOf(RecordNotFoundException.class);
        assertThat(roster.trainees(Staff.admin("admin"), 7)).hasSize(3);
    }

    @Test
    void formsGiveChoicesAsText() {
        assertThat(AttendanceMark.of(3, "EXCUSED").status()).isEqualTo(AttendanceStatus.EXCUSED);
        assertThat(RecordAssessment.of("Unit", "BELUM_KOMPETEN", "LSP", null, null, null).result())
                .isEqualTo(AssessmentResult.BELUM_KOMPETEN);
        assertThatThrownBy(() -> AttendanceMark.of(3, "LATE"))
                .isInstanceOfSatisfying(org.sentrakreasi.vocational.domain.InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("status"));
    }

    private long register(String name, String nik) {
        Beneficiary beneficiary = new Beneficiary(BEKASI, name, nik == null ? null : Nik.of(nik), Gender.F,
                LocalDate.of(1990, 5, 17), Cluster.PENYANDANG_DISABILITAS, null, CLOCK);
        return beneficiaries.add(beneficiary).id();
    }
}
