package org.sentrakreasi.vocational.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sentrakreasi.vocational.domain.CohortBuilder.END;
import static org.sentrakreasi.vocational.domain.CohortBuilder.START;
import static org.sentrakreasi.vocational.domain.CohortBuilder.aCohort;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutcomeFollowUpTest {

    private final Cohort cohort = aCohort().running().build();
    private final Enrollment graduate = graduated(cohort.enroll(11, START));

    private Enrollment graduated(Enrollment enrollment) {
        cohort.scheduleSession(START, "Sanitasi dapur").recordAttendance(enrollment.beneficiaryId(), AttendanceStatus.PRESENT);
        enrollment.exemptFromAssessment("Belum ada LSP", "koordinator", START);
        enrollment.graduate(END);
        return enrollment;
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 6, 12})
    void isMadeAtMonth3Or6Or12(int month) {
        OutcomeFollowUp followUp = graduate.recordFollowUp(month, END.plusMonths(month), WorkStatus.WIRAUSAHA,
                IncomeBand.FROM_500K_TO_1500K);

        assertThat(followUp.month()).isEqualTo(month);
        assertThat(followUp.recordedOn()).isEqualTo(END.plusMonths(month));
        assertThat(followUp.workStatus()).isEqualTo(WorkStatus.WIRAUSAHA);
        assertThat(followUp.incomeBand()).isEqualTo(IncomeBand.FROM_500K_TO_1500K);
        assertThat(graduate.followUps()).containsExactly(followUp);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 4, 9, 24, -3})
    void noOtherMonth(int month) {
        assertThatThrownBy(() -> graduate.recordFollowUp(month, END, WorkStatus.BEKERJA, IncomeBand.UNDER_500K))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("month"));
        assertThat(graduate.followUps()).isEmpty();
    }

    @Test
    void isRecordedOnOrAfterTheDayTheTrainingEnded() {
        assertThatThrownBy(() -> graduate.recordFollowUp(3, END.minusDays(1), WorkStatus.BEKERJA, IncomeBand.UNDER_500K))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("recordedOn"));
        assertThat(graduate.recordFollowUp(3, END, WorkStatus.BEKERJA, IncomeBand.UNDER_500K).recordedOn()).isEqualTo(END);
    }

    @Test
    void oncePerMonth() {
        graduate.recordFollowUp(3, END.plusMonths(3), WorkStatus.BELUM_BEKERJA, IncomeBand.UNDER_500K);
        graduate.recordFollowUp(6, END.plusMonths(6), WorkStatus.WIRAUSAHA, IncomeBand.FROM_500K_TO_1500K);

        assertThatThrownBy(() -> graduate.recordFollowUp(3, END.plusMonths(4), WorkStatus.BEKERJA, IncomeBand.ABOVE_3M))
                .isInstanceOf(DuplicateFollowUpException.class)
                .isInstanceOf(VocationalConflictException.class)
                .hasMessageContaining("3-month");
        assertThat(graduate.followUps()).extracting(OutcomeFollowUp::month).containsExactly(3, 6);
    }

    @Test
    void notWhileStillInTraining() {
        Enrollment trainee = cohort.enroll(12, START);

        assertThatThrownBy(() -> trainee.recordFollowUp(3, END, WorkStatus.BEKERJA, IncomeBand.UNDER_500K))
                .isInstanceOf(EnrollmentStateException.class);
    }

    @Test
    void someoneWhoWithdrewIsFollowedUpToo() {
        Enrollment dropout = cohort.enroll(12, START);
        dropout.withdraw("Diterima bekerja", START.plusDays(30));

        dropout.recordFollowUp(3, START.plusDays(120), WorkStatus.BEKERJA, IncomeBand.FROM_1500K_TO_3M);

        assertThat(dropout.followUps()).hasSize(1);
    }

    @Test
    void workStatusIncomeBandAndDateAreRequired() {
        LocalDate on = END.plusMonths(3);
        assertThatThrownBy(() -> graduate.recordFollowUp(3, on, null, IncomeBand.UNDER_500K))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("workStatus"));
        assertThatThrownBy(() -> graduate.recordFollowUp(3, on, WorkStatus.LAINNYA, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("incomeBand"));
        assertThatThrownBy(() -> graduate.recordFollowUp(3, null, WorkStatus.LAINNYA, IncomeBand.UNDER_500K))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("recordedOn"));
    }
}
