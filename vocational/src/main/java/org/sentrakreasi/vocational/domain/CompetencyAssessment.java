package org.sentrakreasi.vocational.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An assessor's judgement of one competency unit (an SKKNI unit, by code and title) for one
 * enrolment. A KOMPETEN result comes with the certificate the LSP issued, so its number is
 * required. A certificate can be revoked (e.g. issued in error); a revoked assessment no longer
 * counts towards graduation, but it stays on record.
 */
@Entity
@Table(name = "competency_assessment")
public class CompetencyAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "enrollment_id", nullable = false)
    private Enrollment enrollment;

    @Column(name = "competency_unit", nullable = false, length = 300)
    private String competencyUnit;

    @Enumerated(EnumType.STRING)
    @Column(name = "result", nullable = false, length = 20)
    private AssessmentResult result;

    @Column(name = "assessor", nullable = false, length = 160)
    private String assessor;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(name = "certificate_number", length = 80)
    private String certificateNumber;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "revoked_on")
    private LocalDate revokedOn;

    @Column(name = "revocation_reason", length = 500)
    private String revocationReason;

    protected CompetencyAssessment() {
    }

    CompetencyAssessment(Enrollment enrollment, String competencyUnit, AssessmentResult result, String assessor,
                         LocalDate assessedOn, String certificateNumber, LocalDate validUntil) {
        this.enrollment = enrollment;
        this.competencyUnit = Require.text(competencyUnit, "competencyUnit", 300);
        this.result = Require.present(result, "result");
        this.assessor = Require.text(assessor, "assessor", 160);
        this.assessedOn = Require.present(assessedOn, "assessedOn");
        String certificate = Require.optionalText(certificateNumber, "certificateNumber", 80);
        if (result == AssessmentResult.KOMPETEN && certificate == null) {
            throw new InvalidValueException("certificateNumber", "A KOMPETEN result needs its certificate number");
        }
        if (result == AssessmentResult.BELUM_KOMPETEN && (certificate != null || validUntil != null)) {
            throw new InvalidValueException("certificateNumber", "Only a KOMPETEN result has a certificate");
        }
        if (validUntil != null && !validUntil.isAfter(assessedOn)) {
            throw new InvalidValueException("validUntil", "A certificate is valid until a day after the assessment");
        }
        this.certificateNumber = certificate;
        this.validUntil = validUntil;
    }

    /** Withdraws the result, e.g. a certificate issued in error; the record stays, marked revoked. */
    public void revoke(String reason, LocalDate on) {
        if (isRevoked()) {
            throw new AssessmentStateException(this, "be revoked again");
        }
        String checkedReason = Require.text(reason, "reason", 500);
        LocalDate checkedDate = Require.present(on, "revokedOn");
        if (checkedDate.isBefore(assessedOn)) {
            throw new InvalidValueException("revokedOn", "An assessment cannot be revoked before it was made");
        }
        this.revocationReason = checkedReason;
        this.revokedOn = checkedDate;
    }

    public boolean isRevoked() {
        return revokedOn != null;
    }

    /** Proof of competence on that day: KOMPETEN, not revoked, and the certificate not expired. */
    public boolean certifiesCompetenceOn(LocalDate day) {
        return result == AssessmentResult.KOMPETEN
                && !isRevoked()
                && (validUntil == null || !day.isAfter(validUntil));
    }

    public Long id() {
        return id;
    }

    public Enrollment enrollment() {
        return enrollment;
    }

    public String competencyUnit() {
        return competencyUnit;
    }

    public AssessmentResult result() {
        return result;
    }

    public String assessor() {
        return assessor;
    }

    public LocalDate assessedOn() {
        return assessedOn;
    }

    public Optional<String> certificateNumber() {
        return Optional.ofNullable(certificateNumber);
    }

    public Optional<LocalDate> validUntil() {
        return Optional.ofNullable(validUntil);
    }

    public Optional<LocalDate> revokedOn() {
        return Optional.ofNullable(revokedOn);
    }

    public Optional<String> revocationReason() {
        return Optional.ofNullable(revocationReason);
    }
}
