package org.sentrakreasi.vocational.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sentrakreasi.vocational.domain.CohortBuilder.START;
import static org.sentrakreasi.vocational.domain.CohortBuilder.aCohort;

import org.junit.jupiter.api.Test;

class TrainingSessionTest {

    private final Cohort cohort = aCohort().running().build();
    private final Enrollment ani = cohort.enroll(11, START);
    private final TrainingSession session = cohort.scheduleSession(START, "Sanitasi dapur");

    @Test
    void aSessionWithoutMarksIsNotHeldYet() {
        assertThat(session.isHeld()).isFalse();
        assertThat(session.attendanceOf(ani)).isEmpty();
    }

    @Test
    void markingAnEnrolledBeneficiaryHoldsTheSession() {
        session.recordAttendance(11, AttendanceStatus.PRESENT);

        assertThat(session.isHeld()).isTrue();
        assertThat(session.attendanceOf(ani)).contains(AttendanceStatus.PRESENT);
    }

    @Test
    void aMarkCanBeCorrected() {
        session.recordAttendance(11, AttendanceStatus.ABSENT);
        session.recordAttendance(11, AttendanceStatus.EXCUSED);

        assertThat(session.attendanceOf(ani)).contains(AttendanceStatus.EXCUSED);
    }

    @Test
    void someoneNotEnrolledInTheCohortCannotBeMarked() {
        Cohort other = aCohort().named("Batik 2025-1").running().build();
        other.enroll(99, START);

        assertThatThrownBy(() -> session.recordAttendance(99, AttendanceStatus.PRESENT))
                .isInstanceOfSatisfying(NotEnrolledException.class, e -> assertThat(e.beneficiaryId()).isEqualTo(99L))
                .isInstanceOf(VocationalConflictException.class);
        assertThat(session.isHeld()).isFalse();
    }

    @Test
    void someoneWhoWithdrewCannotBeMarked() {
        ani.withdraw("Bekerja di pabrik", START.plusDays(1));

        assertThatThrownBy(() -> session.recordAttendance(11, AttendanceStatus.PRESENT))
                .isInstanceOf(NotEnrolledException.class);
    }

    @Test
    void aMarkNeedsAStatus() {
        assertThatThrownBy(() -> session.recordAttendance(11, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("status"));
    }
}
