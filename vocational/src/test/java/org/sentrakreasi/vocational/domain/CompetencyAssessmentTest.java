package org.sentrakreasi.vocational.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sentrakreasi.vocational.domain.CohortBuilder.START;
import static org.sentrakreasi.vocational.domain.CohortBuilder.aCohort;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CompetencyAssessmentTest {

    private static final String UNIT = "C.14BTK00.001.1 Membatik tulis";
    private static final LocalDate ON = LocalDate.of(2025, 5, 20);

    private final Enrollment enrollment = aCohort().running().build().enroll(11, START);

    private CompetencyAssessment kompeten(String certificate, LocalDate validUntil) {
        return enrollment.recordAssessment(UNIT, AssessmentResult.KOMPETEN, "Agus Salim", ON, certificate, validUntil);
    }

    @Test
    void keepsWhatTheAssessorRecorded() {
        CompetencyAssessment assessment = kompeten(" 62010 2421 3 0001234 2025 ", ON.plusYears(3));

        assertThat(assessment.competencyUnit()).isEqualTo(UNIT);
        assertThat(assessment.result()).isEqualTo(AssessmentResult.KOMPETEN);
        assertThat(assessment.assessor()).isEqualTo("Agus Salim");
        assertThat(assessment.assessedOn()).isEqualTo(ON);
        assertThat(assessment.certificateNumber()).contains("62010 2421 3 0001234 2025");
        assertThat(assessment.validUntil()).contains(ON.plusYears(3));
        assertThat(assessment.enrollment()).isSameAs(enrollment);
        assertThat(enrollment.assessments()).containsExactly(assessment);
    }

    @Test
    void aKompetenResultNeedsItsCertificateNumber() {
        assertThatThrownBy(() -> kompeten(null, null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("certificateNumber"));
        assertThatThrownBy(() -> kompeten("  ", null)).isInstanceOf(InvalidValueException.class);
        assertThat(enrollment.assessments()).isEmpty();
    }

    @Test
    void aBelumKompetenResultHasNoCertificate() {
        CompetencyAssessment notYet = enrollment.recordAssessment(UNIT, AssessmentResult.BELUM_KOMPETEN, "Agus Salim",
                ON, null, null);
        assertThat(notYet.certificateNumber()).isEmpty();

        assertThatThrownBy(() -> enrollment.recordAssessment(UNIT, AssessmentResult.BELUM_KOMPETEN, "Agus Salim", ON,
                "62010-1", null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("certificateNumber"));
    }

    @Test
    void aCertificateIsValidUntilADayAfterTheAssessment() {
        assertThatThrownBy(() -> kompeten("62010-1", ON))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("validUntil"));
        assertThat(kompeten("62010-1", ON.plusDays(1)).validUntil()).contains(ON.plusDays(1));
    }

    @Test
    void unitResultAssessorAndDateAreRequired() {
        assertThatThrownBy(() -> enrollment.recordAssessment(" ", AssessmentResult.KOMPETEN, "Agus", ON, "1", null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("competencyUnit"));
        assertThatThrownBy(() -> enrollment.recordAssessment(UNIT, null, "Agus", ON, "1", null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("result"));
        assertThatThrownBy(() -> enrollment.recordAssessment(UNIT, AssessmentResult.KOMPETEN, "", ON, "1", null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("assessor"));
        assertThatThrownBy(() -> enrollment.recordAssessment(UNIT, AssessmentResult.KOMPETEN, "Agus", null, "1", null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("assessedOn"));
    }

    @Test
    void aKompetenResultCertifiesCompetenceUntilTheLastValidDay() {
        CompetencyAssessment assessment = kompeten("62010-1", ON.plusYears(3));

        assertThat(assessment.certifiesCompetenceOn(ON)).isTrue();
        assertThat(assessment.certifiesCompetenceOn(ON.plusYears(3))).isTrue();
        assertThat(assessment.certifiesCompetenceOn(ON.plusYears(3).plusDays(1))).isFalse();
    }

    @Test
    void withoutValidUntilACertificateDoesNotExpire() {
        assertThat(kompeten("62010-1", null).certifiesCompetenceOn(ON.plusYears(30))).isTrue();
    }

    @Test
    void revokingKeepsTheRecordWithReasonAndDate() {
        CompetencyAssessment assessment = kompeten("62010-1", null);

        assessment.revoke(" Data peserta tertukar ", ON.plusDays(3));

        assertThat(assessment.isRevoked()).isTrue();
        assertThat(assessment.revocationReason()).contains("Data peserta tertukar");
        assertThat(assessment.revokedOn()).contains(ON.plusDays(3));
        assertThat(assessment.certifiesCompetenceOn(ON.plusDays(4))).isFalse();
        assertThat(enrollment.assessments()).containsExactly(assessment);
    }

    @Test
    void anAssessmentIsRevokedOnce() {
        CompetencyAssessment assessment = kompeten("62010-1", null);
        assessment.revoke("Data peserta tertukar", ON);

        assertThatThrownBy(() -> assessment.revoke("Lagi", ON.plusDays(1)))
                .isInstanceOf(AssessmentStateException.class)
                .isInstanceOf(VocationalConflictException.class);
        assertThat(assessment.revocationReason()).contains("Data peserta tertukar");
    }

    @Test
    void aRevocationNeedsAReasonAndCannotPrecedeTheAssessment() {
        CompetencyAssessment assessment = kompeten("62010-1", null);

        assertThatThrownBy(() -> assessment.revoke(" ", ON))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> assessment.revoke("Salah", ON.minusDays(1)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("revokedOn"));
        assertThat(assessment.isRevoked()).isFalse();
    }
}
