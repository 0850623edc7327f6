package org.sentrakreasi.vocational.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One training day of a cohort and its attendance register, one mark per enrolment. Part of the
 * cohort aggregate: it checks against the cohort's enrolments who may be marked.
 * <p>
 * A session counts as held once its register has been taken (at least one mark): a session
 * without marks is still to come, or did not take place. At a held session an enrolled
 * beneficiary without a mark was not seen, and counts as absent.
 */
@Entity
@Table(name = "training_session")
public class TrainingSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Column(name = "topic", nullable = false, length = 200)
    private String topic;

    @ElementCollection
    @CollectionTable(name = "attendance", joinColumns = @JoinColumn(name = "session_id"))
    @MapKeyJoinColumn(name = "enrollment_id")
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private Map<Enrollment, AttendanceStatus> attendance = new HashMap<>();

    protected TrainingSession() {
    }

    TrainingSession(Cohort cohort, LocalDate date, String topic) {
        this.cohort = cohort;
        this.date = Require.present(date, "date");
        this.topic = Require.text(topic, "topic", 200);
    }

    /**
     * Marks a beneficiary of the cohort, replacing an earlier mark (registers get corrected).
     * Only a currently enrolled beneficiary can be marked: not someone of another cohort, nor one
     * who withdrew or graduated.
     */
    public void recordAttendance(long beneficiaryId, AttendanceStatus status) {
        AttendanceStatus checked = Require.present(status, "status");
        Enrollment enrollment = cohort.activeEnrollmentOf(beneficiaryId)
                .orElseThrow(() -> new NotEnrolledException(cohort, beneficiaryId));
        attendance.put(enrollment, checked);
    }

    public boolean isHeld() {
        return !attendance.isEmpty();
    }

    /** The mark as recorded; empty when none was given. */
    public Optional<AttendanceStatus> attendanceOf(Enrollment enrollment) {
        return Optional.ofNullable(attendance.get(enrollment));
    }

    /** What counts for the enrolment's rate at this held session: no mark counts as absent. */
    AttendanceStatus countedAttendanceOf(Enrollment enrollment) {
        return attendance.getOrDefault(enrollment, AttendanceStatus.ABSENT);
    }

    public Long id() {
        return id;
    }

    public Cohort cohort() {
        return cohort;
    }

    public LocalDate date() {
        return date;
    }

    public String topic() {
        return topic;
    }
}
