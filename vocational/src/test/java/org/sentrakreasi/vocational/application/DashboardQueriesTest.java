package org.sentrakreasi.vocational.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sentrakreasi.vocational.domain.AssessmentResult;
import org.sentrakreasi.vocational.domain.AttendanceStatus;
import org.sentrakreasi.vocational.domain.Cohort;
import org.sentrakreasi.vocational.domain.CohortStatus;
import org.sentrakreasi.vocational.domain.Enrollment;
import org.sentrakreasi.vocational.domain.TrainingSession;

class DashboardQueriesTest {

    private static final long BEKASI = 1;
    private static final long MAGELANG = 2;
    private static final LocalDate START = LocalDate.of(2025, 1, 6);
    private static final LocalDate TODAY = LocalDate.of(2025, 4, 20);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(3, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private final List<Cohort> stored = new ArrayList<>();
    private final List<GraduateActivity.Sale> sales = new ArrayList<>();
    private final DashboardQueries queries = new DashboardQueries(new Reads(), new Activity(), CLOCK);

    @Test
    void attendanceIsAddedUpPerTrainingDayOverTheUnitsRunningCohortsOnly() {
        Cohort batik = cohort(10, BEKASI, "Batik 2025-1", true);
        Enrollment ani = batik.enroll(101, START);
        Enrollment budi = batik.enroll(102, START);
        Enrollment late = batik.enroll(103, START.plusDays(7));
        hold(batik, START, ani, AttendanceStatus.PRESENT, budi, AttendanceStatus.ABSENT);
        hold(batik, START.plusDays(7), ani, AttendanceStatus.PRESENT, budi, AttendanceStatus.EXCUSED,
                late, AttendanceStatus.PRESENT);
        batik.scheduleSession(START.plusDays(14), "Not held yet");

        Cohort tenun = cohort(11, BEKASI, "Tenun 2025-1", true);
        Enrollment citra = tenun.enroll(104, START);
        hold(tenun, START, citra, AttendanceStatus.PRESENT);

        Cohort planned = cohort(12, BEKASI, "Anyaman 2025-2", false);
        planned.enroll(105, START);
        Cohort magelang = cohort(13, MAGELANG, "Menjahit Magelang", true);
        Enrollment other = magelang.enroll(106, START);
        hold(magelang, START, other, AttendanceStatus.ABSENT);

        UnitDashboard dashboard = queries.unit(Staff.coordinator("koordinator.bekasi", BEKASI), null);

        assertThat(dashboard.unitId()).isEqualTo("1");
        assertThat(dashboard.attendance()).containsExactly(
                // Batik: Ani present, Budi absent; Tenun: Citra present. The late joiner is not counted before joining.
                new UnitDashboard.DayAttendance(START, 2, 1, 0, new BigDecimal("66.6")),
                new UnitDashboard.DayAttendance(START.plusDays(7), 2, 0, 1, new BigDecimal("100")));
        assertThat(dashboard.cohorts()).extracting(UnitDashboard.CohortFigures::name)
                .containsExactlyInAnyOrder("Batik 2025-1", "Tenun 2025-1", "Anyaman 2025-2");
    }

    @Test
    void aTraineeWhoWithdrewStillCountsForTheDaysBefore() {
        Cohort batik = cohort(10, BEKASI, "Batik 2025-1", true);
        Enrollment ani = batik.enroll(101, START);
        Enrollment budi = batik.enroll(102, START);
        hold(batik, START, ani, AttendanceStatus.PRESENT, budi, AttendanceStatus.PRESENT);
        budi.withdraw("Pindah kota", START.plusDays(3));
        hold(batik, START.plusDays(7), ani, AttendanceStatus.ABSENT);

        assertThat(queries.unit(Staff.admin("admin"), BEKASI).attendance()).containsExactly(
                new UnitDashboard.DayAttendance(START, 2, 0, 0, new BigDecimal("100")),
                new UnitDashboard.DayAttendance(START.plusDays(7), 0, 1, 0, BigDecimal.ZERO));
    }

    @Test
    void perCohortCertificationGraduatesWithSalesAndMedianIncomeComeFromRealSales() {
        Cohort batik = cohort(10, BEKASI, "Batik 2025-1", true);
        Enrollment ani = batik.enroll(101, START);
        Enrollment budi = batik.enroll(102, START);
        batik.enroll(103, START);
        hold(batik, START, ani, AttendanceStatus.PRESENT, budi, AttendanceStatus.PRESENT);
        certify(ani);
        certify(budi);
        LocalDate graduation = LocalDate.of(2025, 3, 1);
        ani.graduate(graduation);
        budi.graduate(graduation);
        // Ani sold 300,000 since graduating (the second month has begun on 20 April): 150,000 a month.
        sales.add(new GraduateActivity.Sale("101", LocalDate.of(2025, 3, 10), 300_000));
        sales.add(new GraduateActivity.Sale("102", LocalDate.of(2025, 2, 1), 90_000)); // during training: no outcome

        UnitDashboard.CohortFigures figures = queries.unit(Staff.coordinator("koordinator.bekasi", BEKASI), null)
                .cohorts().get(0);

        assertThat(figures.enrolled()).isEqualTo(3);
        assertThat(figures.certified()).isEqualTo(2);
        assertThat(figures.certificationRate()).isEqualByComparingTo("66.6");
        assertThat(figures.graduates()).isEqualTo(2);
        assertThat(figures.withSales()).isEqualTo(1);
        assertThat(figures.salesTotal()).isEqualTo(300_000);
        assertThat(figures.medianMonthlyIncome()).isEqualTo(75_000); // 150,000 and 0: the lower rupiah of the mean
    }

    @Test
    void withoutOrdersTheIncomeFiguresAreZeroAndACohortWithoutTraineesHasNoRate() {
        cohort(12, BEKASI, "Anyaman 2025-2", false);
        UnitDashboard.CohortFigures figures = queries.unit(Staff.admin("admin"), null).cohorts().get(0);
        assertThat(figures.certificationRate()).isNull();
        assertThat(figures.withSales()).isZero();
        assertThat(figures.medianMonthlyIncome()).isZero();
    }

    @Test
    void aCoordinatorSeesOnlyTheOwnUnitAndAnAdminPicks() {
        cohort(10, BEKASI, "Batik 2025-1", true);
        cohort(13, MAGELANG, "Menjahit Magelang", true);

        assertThatThrownBy(() -> queries.unit(Staff.coordinator("koordinator.bekasi", BEKASI), MAGELANG))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(queries.unit(Staff.coordinator("koordinator.magelang", MAGELANG), null).cohorts())
                .extracting(UnitDashboard.CohortFigures::name).containsExactly("Menjahit Magelang");
        assertThat(queries.unit(Staff.admin("admin"), MAGELANG).unitId()).isEqualTo("2");
        UnitDashboard everything = queries.unit(Staff.admin("admin"), null);
        assertThat(everything.unitId()).isNull();
        assertThat(everything.cohorts()).hasSize(2);
    }

    private Cohort cohort(long id, long unitId, String name, boolean running) {
        Cohort cohort = Fakes.withId(new Cohort(1, unitId, name, START, START.plusMonths(6), 20), id);
        if (running) {
            cohort.start();
        }
        stored.add(cohort);
        return cohort;
    }

    /** A held session on that day with the marks given as enrolment, status, enrolment, status... */
    private static void hold(Cohort cohort, LocalDate day, Object... marks) {
        TrainingSession session = cohort.scheduleSession(day, "Praktik");
        for (int i = 0; i < marks.length; i += 2) {
            session.recordAttendance(((Enrollment) marks[i]).beneficiaryId(), (AttendanceStatus) marks[i + 1]);
        }
    }

    private static void certify(Enrollment enrollment) {
        enrollment.recordAssessment("Membatik", AssessmentResult.KOMPETEN, "LSP Kriya", START.plusDays(20),
                "LSP-" + enrollment.beneficiaryId(), LocalDate.of(2028, 1, 1));
    }

    private final class Reads implements CohortReads {
        @Override
        public Optional<Cohort> find(long id) {
            return stored.stream().filter(c -> c.id() == id).findFirst();
        }

        @Override
        public Optional<Cohort> findByEnrollment(long enrollmentId) {
            return stored.stream().filter(c -> c.enrollment(enrollmentId).isPresent()).findFirst();
        }

        @Override
        public Optional<Cohort> findBySession(long sessionId) {
            return stored.stream().filter(c -> c.session(sessionId).isPresent()).findFirst();
        }

        @Override
        public List<Cohort> list(Long unitId, CohortStatus status) {
            return stored.stream().filter(c -> unitId == null || c.unitId().equals(unitId))
                    .filter(c -> status == null || c.status() == status).toList();
        }
    }

    private final class Activity implements GraduateActivity {
        @Override
        public Set<String> withListings(Collection<String> beneficiaryRefs) {
            return Set.of();
        }

        @Override
        public List<Sale> sales(Collection<String> beneficiaryRefs) {
            return sales.stream().filter(s -> beneficiaryRefs.contains(s.beneficiaryRef())).toList();
        }
    }
}
