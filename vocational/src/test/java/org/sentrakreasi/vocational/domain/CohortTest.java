package org.sentrakreasi.vocational.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sentrakreasi.vocational.domain.CohortBuilder.END;
import static org.sentrakreasi.vocational.domain.CohortBuilder.START;
import static org.sentrakreasi.vocational.domain.CohortBuilder.aCohort;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CohortTest {

    @Nested
    class Planning {

        @Test
        void aNewCohortIsPlannedAndRequires80PercentAttendance() {
            Cohort cohort = new Cohort(3, 7, " Menjahit 2025-1 ", START, END, 15);

            assertThat(cohort.status()).isEqualTo(CohortStatus.PLANNED);
            assertThat(cohort.attendanceThresholdPercent()).isEqualTo(80);
            assertThat(cohort.name()).isEqualTo("Menjahit 2025-1");
            assertThat(cohort.programmeId()).isEqualTo(3L);
            assertThat(cohort.unitId()).isEqualTo(7L);
            assertThat(cohort.placesLeft()).isEqualTo(15);
        }

        @Test
        void aCohortMayRequireAnotherThreshold() {
            assertThat(new Cohort(1, 1, "Batik", START, END, 10, 75).attendanceThresholdPercent()).isEqualTo(75);
        }

        @Test
        void aCohortLastingOneDayIsFine() {
            assertThat(new Cohort(1, 1, "Sablon kilat", START, START, 10).endDate()).isEqualTo(START);
        }

        @Test
        void endingBeforeStartingIsRefused() {
            assertThatThrownBy(() -> new Cohort(1, 1, "Batik", START, START.minusDays(1), 10))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("endDate"));
        }

        @Test
        void aCohortHasAtLeastOnePlace() {
            assertThatThrownBy(() -> new Cohort(1, 1, "Batik", START, END, 0))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("capacity"));
        }

        @Test
        void theThresholdIsAPercentage() {
            assertThatThrownBy(() -> new Cohort(1, 1, "Batik", START, END, 10, 101))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("attendanceThreshold"));
            assertThatThrownBy(() -> new Cohort(1, 1, "Batik", START, END, 10, -1))
                    .isInstanceOf(InvalidValueException.class);
        }

        @Test
        void nameAndDatesAreRequired() {
            assertThatThrownBy(() -> new Cohort(1, 1, "", START, END, 10))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("name"));
            assertThatThrownBy(() -> new Cohort(1, 1, "Batik", null, END, 10))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("startDate"));
        }
    }

    @Nested
    class LifeCycle {

        @Test
        void plannedThenRunningThenCompleted() {
            Cohort cohort = aCohort().build();

            cohort.start();
            assertThat(cohort.status()).isEqualTo(CohortStatus.RUNNING);
            cohort.complete();
            assertThat(cohort.status()).isEqualTo(CohortStatus.COMPLETED);
        }

        @Test
        void aPlannedCohortCannotBeCompleted() {
            Cohort cohort = aCohort().build();

            assertThatThrownBy(cohort::complete)
                    .isInstanceOf(CohortStateException.class)
                    .isInstanceOf(VocationalConflictException.class)
                    .hasMessageContaining("PLANNED").hasMessageContaining("complete");
            assertThat(cohort.status()).isEqualTo(CohortStatus.PLANNED);
        }

        @Test
        void aRunningCohortCannotStartAgain() {
            Cohort cohort = aCohort().running().build();

            assertThatThrownBy(cohort::start).isInstanceOf(CohortStateException.class);
        }

        @Test
        void aCompletedCohortNeverRestarts() {
            Cohort cohort = aCohort().running().build();
            cohort.complete();

            assertThatThrownBy(cohort::start).isInstanceOf(CohortStateException.class);
            assertThatThrownBy(cohort::complete).isInstanceOf(CohortStateException.class);
            assertThat(cohort.status()).isEqualTo(CohortStatus.COMPLETED);
        }
    }

    @Nested
    class Enrolling {

        @Test
        void aBeneficiaryGetsAPlaceBeforeOrDuringTheTraining() {
            Cohort cohort = aCohort().build();
            Enrollment ani = cohort.enroll(11, START.minusDays(7));
            cohort.start();
            Enrollment budi = cohort.enroll(12, START.plusDays(3));

            assertThat(ani.status()).isEqualTo(EnrollmentStatus.ENROLLED);
            assertThat(ani.beneficiaryId()).isEqualTo(11L);
            assertThat(ani.enrolledOn()).isEqualTo(START.minusDays(7));
            assertThat(ani.cohort()).isSameAs(cohort);
            assertThat(cohort.enrollments()).containsExactly(ani, budi);
            assertThat(cohort.placesTaken()).isEqualTo(2);
        }

        @Test
        void theLastPlaceCanBeTakenThenTheCohortIsFull() {
            Cohort cohort = aCohort().withCapacity(2).build();
            cohort.enroll(11, START);
            assertThat(cohort.isFull()).isFalse();

            cohort.enroll(12, START);

            assertThat(cohort.isFull()).isTrue();
            assertThat(cohort.placesLeft()).isZero();
            assertThatThrownBy(() -> cohort.enroll(13, START))
                    .isInstanceOfSatisfying(CohortFullException.class, e -> assertThat(e.capacity()).isEqualTo(2))
                    .hasMessageContaining("full");
            assertThat(cohort.enrollments()).hasSize(2);
        }

        @Test
        void aWithdrawalFreesAPlace() {
            Cohort cohort = aCohort().withCapacity(1).build();
            Enrollment first = cohort.enroll(11, START);
            first.withdraw("Pindah domisili ke luar kota", START.plusDays(10));

            Enrollment second = cohort.enroll(12, START.plusDays(11));

            assertThat(second.status()).isEqualTo(EnrollmentStatus.ENROLLED);
            assertThat(cohort.placesTaken()).isEqualTo(1);
        }

        @Test
        void nobodyJoinsACompletedCohort() {
            Cohort cohort = aCohort().running().build();
            cohort.complete();

            assertThatThrownBy(() -> cohort.enroll(11, END))
                    .isInstanceOf(CohortClosedException.class)
                    .isInstanceOf(VocationalConflictException.class);
            assertThat(cohort.enrollments()).isEmpty();
        }

        @Test
        void theSameBeneficiaryCannotBeEnrolledTwice() {
            Cohort cohort = aCohort().build();
            cohort.enroll(11, START);

            assertThatThrownBy(() -> cohort.enroll(11, START))
                    .isInstanceOfSatisfying(AlreadyEnrolledException.class,
                            e -> assertThat(e.beneficiaryId()).isEqualTo(11L));
            assertThat(cohort.placesTaken()).isEqualTo(1);
        }

        @Test
        void alreadyEnrolledIsSaidRatherThanFull() {
            Cohort cohort = aCohort().withCapacity(1).build();
            cohort.enroll(11, START);

            assertThatThrownBy(() -> cohort.enroll(11, START)).isInstanceOf(AlreadyEnrolledException.class);
        }

        @Test
        void someoneWhoWithdrewMayComeBack() {
            Cohort cohort = aCohort().build();
            cohort.enroll(11, START).withdraw("Sakit", START.plusDays(3));

            Enrollment again = cohort.enroll(11, START.plusDays(30));

            assertThat(cohort.activeEnrollmentOf(11)).containsSame(again);
            assertThat(cohort.enrollments()).hasSize(2);
        }
    }

    @Nested
    class Sessions {

        @Test
        void sessionsAreListedByDate() {
            Cohort cohort = aCohort().build();
            TrainingSession later = cohort.scheduleSession(START.plusDays(7), "Membuat kue kering");
            TrainingSession earlier = cohort.scheduleSession(START, "Sanitasi dapur");

            assertThat(cohort.sessions()).containsExactly(earlier, later);
            assertThat(earlier.topic()).isEqualTo("Sanitasi dapur");
            assertThat(earlier.cohort()).isSameAs(cohort);
        }

        @Test
        void aSessionFallsWithinTheCohortsDates() {
            Cohort cohort = aCohort().build();
            cohort.scheduleSession(START, "Hari pertama");
            cohort.scheduleSession(END, "Hari terakhir");

            assertThatThrownBy(() -> cohort.scheduleSession(END.plusDays(1), "Terlambat"))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("date"));
            assertThatThrownBy(() -> cohort.scheduleSession(START.minusDays(1), "Terlalu awal"))
                    .isInstanceOf(InvalidValueException.class);
        }

        @Test
        void aSessionNeedsADateAndATopic() {
            Cohort cohort = aCohort().build();

            assertThatThrownBy(() -> cohort.scheduleSession(null, "Sanitasi"))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("date"));
            assertThatThrownBy(() -> cohort.scheduleSession(START, " "))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("topic"));
            assertThat(cohort.sessions()).isEmpty();
        }

        @Test
        void noSessionIsAddedToACompletedCohort() {
            Cohort cohort = aCohort().running().build();
            cohort.complete();

            assertThatThrownBy(() -> cohort.scheduleSession(END, "Tambahan"))
                    .isInstanceOf(CohortClosedException.class);
        }
    }

    @Test
    void enrolmentsAndSessionsCannotBeChangedFromOutside() {
        Cohort cohort = aCohort().build();
        cohort.enroll(11, START);
        cohort.scheduleSession(START, "Sanitasi dapur");

        assertThatThrownBy(() -> cohort.enrollments().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> cohort.sessions().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theCohortIsNotChangedByAnEnrolmentMadeElsewhere() {
        Cohort tataBoga = aCohort().build();
        Cohort batik = aCohort().named("Batik 2025-1").build();
        batik.enroll(11, START);

        assertThat(tataBoga.activeEnrollmentOf(11)).isEmpty();
        assertThat(tataBoga.placesTaken()).isZero();
    }
}
