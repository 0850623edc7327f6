package org.sentrakreasi.vocational.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sentrakreasi.vocational.domain.CohortBuilder.START;
import static org.sentrakreasi.vocational.domain.CohortBuilder.aCohort;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EnrollmentTest {

    private static final String FOOD_SAFETY = "I.56HTL00.003.1 Menerapkan keamanan pangan";
    private static final LocalDate ASSESSED = START.plusDays(120);
    private static final LocalDate GRADUATION = START.plusDays(150);

    private final Cohort cohort = aCohort().running().build();
    private final Enrollment ani = cohort.enroll(11, START);

    private CompetencyAssessment certify(Enrollment enrollment) {
        return enrollment.recordAssessment(FOOD_SAFETY, AssessmentResult.KOMPETEN, "Rina Marlina (asesor LSP)",
                ASSESSED, "62010 2421 3 0001234 2025", ASSESSED.plusYears(3));
    }

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

    @Nested
    class Graduation {

        @Test
        void attendanceExactlyAtTheThresholdAndACertificateGraduate() {
            holdSessions(11, 80, 20, 0);
            certify(ani);

            ani.graduate(GRADUATION);

            assertThat(ani.status()).isEqualTo(EnrollmentStatus.GRADUATED);
            assertThat(ani.graduatedOn()).contains(GRADUATION);
        }

        @Test
        void attendanceJustBelowTheThresholdIsRefusedWithTheFigures() {
            holdSessions(11, 79, 21, 0);
            certify(ani);

            assertThatThrownBy(() -> ani.graduate(GRADUATION))
                    .isInstanceOfSatisfying(GraduationRefusedException.class, e -> {
                        assertThat(e.unmet()).containsExactly(GraduationRefusedException.UnmetCondition.ATTENDANCE);
                        assertThat(e.attendance()).isEqualTo(new AttendanceRate(79, 21, 0));
                        assertThat(e.thresholdPercent()).isEqualTo(80);
                        assertThat(e.attendanceUnmet()).isTrue();
                        assertThat(e.competencyUnmet()).isFalse();
                        assertThat(e.attendancePercent()).contains(new java.math.BigDecimal("79"));
                    })
                    .isInstanceOf(VocationalConflictException.class)
                    .hasMessage("Cannot graduate: attendance 79% < threshold 80%");
            assertThat(ani.status()).isEqualTo(EnrollmentStatus.ENROLLED);
            assertThat(ani.graduatedOn()).isEmpty();
        }

        @Test
        void excusedSessionsDoNotPullTheRateDown() {
            holdSessions(11, 8, 2, 5);
            certify(ani);

            ani.graduate(GRADUATION);

            assertThat(ani.status()).isEqualTo(EnrollmentStatus.GRADUATED);
        }

        @Test
        void theCohortsOwnThresholdApplies() {
            Cohort lenient = aCohort().requiringAttendance(75).running().build();
            Enrollment budi = lenient.enroll(12, START);
            for (int day = 0; day < 4; day++) {
                lenient.scheduleSession(START.plusDays(day), "Praktik")
                        .recordAttendance(12, day < 3 ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT);
            }
            certify(budi);

            budi.graduate(GRADUATION);

            assertThat(budi.status()).isEqualTo(EnrollmentStatus.GRADUATED);
        }

        @Test
        void withoutAnyHeldSessionThereIsNoAttendanceToGraduateOn() {
            certify(ani);

            assertThatThrownBy(() -> ani.graduate(GRADUATION))
                    .isInstanceOf(GraduationRefusedException.class)
                    .hasMessageContaining("no session counted");
        }

        @Test
        void withoutAssessmentGraduationIsRefusedForCompetency() {
            holdSessions(11, 10, 0, 0);

            assertThatThrownBy(() -> ani.graduate(GRADUATION))
                    .isInstanceOfSatisfying(GraduationRefusedException.class, e -> assertThat(e.unmet())
                            .containsExactly(GraduationRefusedException.UnmetCondition.COMPETENCY))
                    .hasMessageContaining("no KOMPETEN assessment");
        }

        @Test
        void bothUnmetConditionsAreNamed() {
            holdSessions(11, 1, 9, 0);

            assertThatThrownBy(() -> ani.graduate(GRADUATION))
                    .isInstanceOfSatisfying(GraduationRefusedException.class, e -> assertThat(e.unmet())
                            .containsExactlyInAnyOrder(GraduationRefusedException.UnmetCondition.ATTENDANCE,
                                    GraduationRefusedException.UnmetCondition.COMPETENCY))
                    .hasMessageContaining("attendance 10% < threshold 80%")
                    .hasMessageContaining("no KOMPETEN assessment");
        }

        @Test
        void aBelumKompetenResultIsNoCompetency() {
            holdSessions(11, 10, 0, 0);
            ani.recordAssessment(FOOD_SAFETY, AssessmentResult.BELUM_KOMPETEN, "Rina Marlina", ASSESSED, null, null);

            assertThat(ani.hasCompetencyOn(GRADUATION)).isFalse();
            assertThatThrownBy(() -> ani.graduate(GRADUATION)).isInstanceOf(GraduationRefusedException.class);
        }

        @Test
        void aRevokedKompetenDoesNotCount() {
            holdSessions(11, 10, 0, 0);
            certify(ani).revoke("Sertifikat diterbitkan karena kesalahan data", ASSESSED.plusDays(5));

            assertThat(ani.hasCompetencyOn(GRADUATION)).isFalse();
            assertThatThrownBy(() -> ani.graduate(GRADUATION))
                    .isInstanceOfSatisfying(GraduationRefusedException.class, e -> assertThat(e.unmet())
                            .containsExactly(GraduationRefusedException.UnmetCondition.COMPETENCY));
        }

        @Test
        void anotherKompetenInForceStillCounts() {
            holdSessions(11, 10, 0, 0);
            certify(ani).revoke("Nomor sertifikat salah", ASSESSED);
            certify(ani);

            ani.graduate(GRADUATION);

            assertThat(ani.status()).isEqualTo(EnrollmentStatus.GRADUATED);
        }

        @Test
        void anExpiredCertificateDoesNotCount() {
            ani.recordAssessment(FOOD_SAFETY, AssessmentResult.KOMPETEN, "Rina Marlina", ASSESSED, "62010-1",
                    GRADUATION.minusDays(1));
            assertThat(ani.hasCompetencyOn(GRADUATION)).isFalse();
            assertThat(ani.hasCompetencyOn(GRADUATION.minusDays(1))).isTrue();
        }

        @Test
        void anExemptionStandsInForTheAssessment() {
            holdSessions(11, 10, 0, 0);
            ani.exemptFromAssessment("Belum ada LSP yang menguji skema ini bagi peserta tunanetra", "koordinator.temanggung",
                    ASSESSED);

            ani.graduate(GRADUATION);

            assertThat(ani.status()).isEqualTo(EnrollmentStatus.GRADUATED);
            assertThat(ani.exemption()).hasValueSatisfying(exemption -> {
                assertThat(exemption.grantedBy()).isEqualTo("koordinator.temanggung");
                assertThat(exemption.reason()).startsWith("Belum ada LSP");
                assertThat(exemption.grantedOn()).isEqualTo(ASSESSED);
            });
        }

        @Test
        void anExemptionDoesNotExcuseAttendance() {
            holdSessions(11, 5, 5, 0);
            ani.exemptFromAssessment("Tidak ada LSP", "koordinator", ASSESSED);

            assertThatThrownBy(() -> ani.graduate(GRADUATION))
                    .isInstanceOfSatisfying(GraduationRefusedException.class, e -> assertThat(e.unmet())
                            .containsExactly(GraduationRefusedException.UnmetCondition.ATTENDANCE));
        }

        @Test
        void anExemptionNeedsAReasonAndWhoGaveIt() {
            assertThatThrownBy(() -> ani.exemptFromAssessment(" ", "koordinator", ASSESSED))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("reason"));
            assertThatThrownBy(() -> ani.exemptFromAssessment("Tidak ada LSP", null, ASSESSED))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("grantedBy"));
            assertThat(ani.exemption()).isEmpty();
        }

        @Test
        void aWithdrawnTraineeCannotGraduateNorBeAssessedNorExempted() {
            holdSessions(11, 10, 0, 0);
            ani.withdraw("Menikah dan pindah", START.plusDays(12));

            assertThatThrownBy(() -> ani.graduate(GRADUATION)).isInstanceOf(EnrollmentStateException.class);
            assertThatThrownBy(() -> certify(ani)).isInstanceOf(EnrollmentStateException.class);
            assertThatThrownBy(() -> ani.exemptFromAssessment("Tidak ada LSP", "koordinator", ASSESSED))
                    .isInstanceOf(EnrollmentStateException.class);
        }

        @Test
        void aGraduateNeitherGraduatesAgainNorWithdraws() {
            holdSessions(11, 10, 0, 0);
            certify(ani);
            ani.graduate(GRADUATION);

            assertThatThrownBy(() -> ani.graduate(GRADUATION.plusDays(1))).isInstanceOf(EnrollmentStateException.class);
            assertThatThrownBy(() -> ani.withdraw("Salah input", GRADUATION)).isInstanceOf(EnrollmentStateException.class);
            assertThat(ani.graduatedOn()).contains(GRADUATION);
        }

        @Test
        void aGraduatesAttendanceIsNoLongerTaken() {
            holdSessions(11, 10, 0, 0);
            certify(ani);
            ani.graduate(GRADUATION);
            TrainingSession later = cohort.scheduleSession(GRADUATION.plusDays(1), "Kunjungan usaha");

            assertThatThrownBy(() -> later.recordAttendance(11, AttendanceStatus.PRESENT))
                    .isInstanceOf(NotEnrolledException.class);
        }

        @Test
        void aGraduateMayStillGetAnotherCertificate() {
            holdSessions(11, 10, 0, 0);
            certify(ani);
            ani.graduate(GRADUATION);

            ani.recordAssessment("I.56HTL00.010.1 Mengolah kue kering", AssessmentResult.KOMPETEN, "Rina Marlina",
                    GRADUATION.plusDays(30), "62010-9", null);

            assertThat(ani.assessments()).hasSize(2);
        }

        @Test
        void aRevocationAfterGraduationLeavesTheGraduationStanding() {
            holdSessions(11, 10, 0, 0);
            CompetencyAssessment certificate = certify(ani);
            ani.graduate(GRADUATION);

            certificate.revoke("Pemeriksaan ulang LSP", GRADUATION.plusDays(10));

            assertThat(ani.status()).isEqualTo(EnrollmentStatus.GRADUATED);
        }

        @Test
        void aGraduateKeepsThePlaceInTheCohort() {
            Cohort small = aCohort().withCapacity(1).running().build();
            Enrollment only = small.enroll(21, START);
            small.scheduleSession(START, "Sanitasi dapur").recordAttendance(21, AttendanceStatus.PRESENT);
            only.exemptFromAssessment("Belum ada LSP untuk skema ini", "koordinator", START);
            only.graduate(START);

            assertThatThrownBy(() -> small.enroll(22, START)).isInstanceOf(CohortFullException.class);
        }
    }
}
