package org.sentrakreasi.vocational.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sentrakreasi.vocational.domain.CohortBuilder.START;
import static org.sentrakreasi.vocational.domain.CohortBuilder.aCohort;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EnrollmentTest {

    private final Cohort cohort = aCohort().running().build();
    private final Enrollment ani = cohort.enroll(11, START);

    /** Holds sessions on consecutive days from the cohort's start, marking the beneficiary as given. */
    private void holdSessions(long beneficiaryId, int present, int absent, int excused) {
        int day = 0;
        for (int i = 0; i < present; i++) {
            cohort.scheduleSession(START.plusDays(day++), "Praktik").recordAttendance(beneficiaryId, AttendanceStatus.PRESENT);
        }
        for (int i = 0; i < absent; i++) {
            cohort.scheduleSession(START.plusDays(day++), "Praktik").recordAttendance(beneficiaryId, AttendanceStatus.ABSENT);
        }
        for (int i = 0; i < excused; i++) {
            cohort.scheduleSession(START.plusDays(day++), "Praktik").recordAttendance(beneficiaryId, AttendanceStatus.EXCUSED);
        }
    }

    @Nested
    class Withdrawal {

        @Test
        void recordsReasonAndDate() {
            ani.withdraw("  Pindah ke Surabaya ", START.plusDays(20));

            assertThat(ani.status()).isEqualTo(EnrollmentStatus.WITHDRAWN);
            assertThat(ani.withdrawalReason()).contains("Pindah ke Surabaya");
            assertThat(ani.withdrawnOn()).contains(START.plusDays(20));
        }

        @Test
        void needsAReason() {
            assertThatThrownBy(() -> ani.withdraw(" ", START))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("reason"));
            assertThat(ani.status()).isEqualTo(EnrollmentStatus.ENROLLED);
        }

        @Test
        void happensOnce() {
            ani.withdraw("Sakit", START);

            assertThatThrownBy(() -> ani.withdraw("Sakit lagi", START.plusDays(1)))
                    .isInstanceOf(EnrollmentStateException.class)
                    .hasMessageContaining("WITHDRAWN");
            assertThat(ani.withdrawalReason()).contains("Sakit");
        }
    }

    @Nested
    class Attendance {

        @Test
        void isTakenOverHeldSessions() {
            holdSessions(11, 3, 1, 0);
            cohort.scheduleSession(START.plusDays(30), "Belum dilaksanakan");

            assertThat(ani.attendanceRate()).isEqualTo(new AttendanceRate(3, 1, 0));
        }

        @Test
        void leavesExcusedSessionsOut() {
            holdSessions(11, 8, 2, 5);

            assertThat(ani.attendanceRate().counted()).isEqualTo(10);
            assertThat(ani.attendanceRate().meets(80)).isTrue();
        }

        @Test
        void countsAnUnmarkedBeneficiaryAtAHeldSessionAsAbsent() {
            cohort.enroll(12, START);
            holdSessions(12, 2, 0, 0);

            assertThat(ani.attendanceRate()).isEqualTo(new AttendanceRate(0, 2, 0));
        }

        @Test
        void doesNotHoldALateJoinerToSessionsBeforeTheyJoined() {
            cohort.enroll(12, START);
            holdSessions(12, 5, 0, 0);
            Enrollment late = cohort.enroll(13, START.plusDays(5));
            TrainingSession afterJoining = cohort.scheduleSession(START.plusDays(5), "Pengemasan");
            afterJoining.recordAttendance(13, AttendanceStatus.PRESENT);

            assertThat(late.attendanceRate()).isEqualTo(new AttendanceRate(1, 0, 0));
        }

        @Test
        void isSeparateForEachBeneficiary() {
            cohort.enroll(12, START);
            TrainingSession session = cohort.scheduleSession(START, "Sanitasi");
            session.recordAttendance(11, AttendanceStatus.PRESENT);
            session.recordAttendance(12, AttendanceStatus.ABSENT);

            assertThat(ani.attendanceRate().present()).isEqualTo(1);
            assertThat(cohort.activeEnrollmentOf(12).orElseThrow().attendanceRate().absent()).isEqualTo(1);
        }
    }
}
