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
 * A beneficiary's place in a cohort, part of the cohort aggregate. ENROLLED until it ends, once:
 * GRADUATED or WITHDRAWN. The beneficiary is referenced by id: a beneficiary is an aggregate of
 * its own, whose private data the cohort has no need of.
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

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "withdrawal_reason", length = 500)
    private String withdrawalReason;

    protected Enrollment() {
    }

    Enrollment(Cohort cohort, long beneficiaryId, LocalDate enrolledOn) {
        this.cohort = cohort;
        this.beneficiaryId = beneficiaryId;
        this.enrolledOn = enrolledOn;
        this.status = EnrollmentStatus.ENROLLED;
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

    public Optional<LocalDate> withdrawnOn() {
        return Optional.ofNullable(withdrawnOn);
    }

    public Optional<String> withdrawalReason() {
        return Optional.ofNullable(withdrawalReason);
    }
}
