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
import java.util.Set;

/**
 * What became of a trainee 3, 6 or 12 months after the training: work and income band, as
 * reported to the unit. It complements the income measured from real sales, never replaces it.
 */
@Entity
@Table(name = "outcome_follow_up")
public class OutcomeFollowUp {

    /** The follow-up months of the programme's monitoring. */
    public static final Set<Integer> MONTHS = Set.of(3, 6, 12);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "enrollment_id", nullable = false)
    private Enrollment enrollment;

    @Column(name = "month_after", nullable = false)
    private int month;

    @Column(name = "recorded_on", nullable = false)
    private LocalDate recordedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "work_status", nullable = false, length = 20)
    private WorkStatus workStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "income_band", nullable = false, length = 20)
    private IncomeBand incomeBand;

    protected OutcomeFollowUp() {
    }

    OutcomeFollowUp(Enrollment enrollment, int month, LocalDate recordedOn, WorkStatus workStatus,
                    IncomeBand incomeBand) {
        if (!MONTHS.contains(month)) {
            throw new InvalidValueException("month", "A follow-up is made at month 3, 6 or 12");
        }
        this.enrollment = enrollment;
        this.month = month;
        this.recordedOn = Require.present(recordedOn, "recordedOn");
        this.workStatus = Require.present(workStatus, "workStatus");
        this.incomeBand = Require.present(incomeBand, "incomeBand");
    }

    public Long id() {
        return id;
    }

    public Enrollment enrollment() {
        return enrollment;
    }

    public int month() {
        return month;
    }

    public LocalDate recordedOn() {
        return recordedOn;
    }

    public WorkStatus workStatus() {
        return workStatus;
    }

    public IncomeBand incomeBand() {
        return incomeBand;
    }
}
