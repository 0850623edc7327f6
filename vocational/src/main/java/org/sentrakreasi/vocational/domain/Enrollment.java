package org.sentrakreasi.vocational.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sentrakreasi.vocational.domain.GraduationRefusedException.UnmetCondition;

/**
 * A beneficiary's place in a cohort, part of the cohort aggregate. ENROLLED until it ends, once:
 * GRADUATED or WITHDRAWN. The beneficiary is referenced by id: a beneficiary is an aggregate of
 * its own, whose private data the cohort has no need of.
 * <p>
 * Graduation needs both: attendance at or above the cohort's threshold, and competence shown by
 * a KOMPETEN assessment in force or excused by a recorded exemption.
 */
@Entity
@Table(name = "enrollment")
public class Enrollment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    @Column(name = "beneficiary_id", nullable = false)
    private long beneficiaryId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private EnrollmentStatus status;

    @Column(name = "enrolled_on", nullable = false)
    private LocalDate enrolledOn;

    @Column(name = "graduated_on")
    private LocalDate graduatedOn;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "withdrawal_reason", length = 500)
    private String withdrawalReason;

    @Embedded
    private AssessmentExemption exemption;

    @OneToMany(mappedBy = "enrollment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CompetencyAssessment> assessments = new ArrayList<>();

    @OneToMany(mappedBy = "enrollment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<OutcomeFollowUp> followUps = new ArrayList<>();

    protected Enrollment() {
    }

    Enrollment(Cohort cohort, long beneficiaryId, LocalDate enrolledOn) {
        this.cohort = cohort;
        this.beneficiaryId = beneficiaryId;
        this.enrolledOn = enrolledOn;
        this.status = EnrollmentStatus.ENROLLED;
    }

    /**
     * Completes the training on that day.
     *
     * @throws GraduationRefusedException naming every unmet condition, with the attendance figures
     */
    public void graduate(LocalDate on) {
        requireEnrolled("graduate");
        LocalDate day = Require.present(on, "graduatedOn");
        AttendanceRate rate = attendanceRate();
        int threshold = cohort.attendanceThresholdPercent();
        Set<UnmetCondition> unmet = EnumSet.noneOf(UnmetCondition.class);
        if (!rate.meets(threshold)) {
            unmet.add(UnmetCondition.ATTENDANCE);
        }
        if (!hasCompetencyOn(day)) {
            unmet.add(UnmetCondition.COMPETENCY);
        }
        if (!unmet.isEmpty()) {
            throw new GraduationRefusedException(unmet, rate, threshold);
        }
        this.graduatedOn = day;
        this.status = EnrollmentStatus.GRADUATED;
    }

    /**
     * Competence for graduation: a KOMPETEN assessment in force on that day, or an exemption.
     * A revocation after graduation does not undo the graduation: it was right when made.
     */
    public boolean hasCompetencyOn(LocalDate day) {
        return exemption != null || assessments.stream().anyMatch(a -> a.certifiesCompetenceOn(day));
    }

    /** Records an assessor's result for a competency unit; not for a withdrawn trainee. */
    public CompetencyAssessment recordAssessment(String competencyUnit, AssessmentResult result, String assessor,
                                                 LocalDate assessedOn, String certificateNumber, LocalDate validUntil) {
        if (status == EnrollmentStatus.WITHDRAWN) {
            throw new EnrollmentStateException(this, "be assessed");
        }
        CompetencyAssessment assessment = new CompetencyAssessment(this, competencyUnit, result, assessor,
                assessedOn, certificateNumber, validUntil);
        assessments.add(assessment);
        return assessment;
    }

    /** Lets the trainee graduate without a KOMPETEN assessment, see {@link AssessmentExemption}. */
    public void exemptFromAssessment(String reason, String grantedBy, LocalDate on) {
        requireEnrolled("be exempted from assessment");
        this.exemption = new AssessmentExemption(reason, grantedBy, on);
    }

    /**
     * Records the follow-up of month 3, 6 or 12 after the training, once per month. Months count
     * from the end of training, so not while still enrolled; those who withdrew are followed up
     * too.
     */
    public OutcomeFollowUp recordFollowUp(int month, LocalDate recordedOn, WorkStatus workStatus,
                                          IncomeBand incomeBand) {
        OutcomeFollowUp followUp = new OutcomeFollowUp(this, month, recordedOn, workStatus, incomeBand);
        if (status == EnrollmentStatus.ENROLLED) {
            throw new EnrollmentStateException(this, "be followed up before the training ended");
        }
        LocalDate ended = status == EnrollmentStatus.GRADUATED ? graduatedOn : withdrawnOn;
        if (ended != null && recordedOn.isBefore(ended)) {
            throw new InvalidValueException("recordedOn", "A follow-up is recorded on or after the day the training ended ("
                    + ended + "), not " + recordedOn);
        }
        if (followUps.stream().anyMatch(f -> f.month() == month)) {
            throw new DuplicateFollowUpException(month);
        }
        followUps.add(followUp);
        return followUp;
    }

    /** Ends the training early; the place is freed for someone else. */
    public void withdraw(String reason, LocalDate on) {
        requireEnrolled("withdraw");
        this.withdrawalReason = Require.text(reason, "reason", 500);
        this.withdrawnOn = Require.present(on, "withdrawnOn");
        this.status = EnrollmentStatus.WITHDRAWN;
    }

    /**
     * Attendance over the cohort's held sessions since the enrolment date (a late joiner is not
     * held to sessions before they joined); see {@link AttendanceRate} for how EXCUSED counts.
     */
    public AttendanceRate attendanceRate() {
        return AttendanceRate.of(cohort.heldSessions().stream()
                .filter(session -> !session.date().isBefore(enrolledOn))
                .map(session -> session.countedAttendanceOf(this))
                .toList());
    }

    private void requireEnrolled(String attempted) {
        if (status != EnrollmentStatus.ENROLLED) {
            throw new EnrollmentStateException(this, attempted);
        }
    }

    public Long id() {
        return id;
    }

    public Cohort cohort() {
        return cohort;
    }

    public long beneficiaryId() {
        return beneficiaryId;
    }

    public EnrollmentStatus status() {
        return status;
    }

    public LocalDate enrolledOn() {
        return enrolledOn;
    }

    public Optional<LocalDate> graduatedOn() {
        return Optional.ofNullable(graduatedOn);
    }

    public Optional<AssessmentExemption> exemption() {
        return Optional.ofNullable(exemption);
    }

    public List<CompetencyAssessment> assessments() {
        return List.copyOf(assessments);
    }

    public List<OutcomeFollowUp> followUps() {
        return List.copyOf(followUps);
    }

    public Optional<LocalDate> withdrawnOn() {
        return Optional.ofNullable(withdrawnOn);
    }

    public Optional<String> withdrawalReason() {
        return Optional.ofNullable(withdrawalReason);
    }
}
