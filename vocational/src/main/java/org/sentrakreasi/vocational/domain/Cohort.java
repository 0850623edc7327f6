package org.sentrakreasi.vocational.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An angkatan: a programme run by a unit between two dates for a limited number of people. The
 * aggregate owns its enrolments (with their assessments and follow-ups) and its sessions (with
 * their attendance), so that capacity, "who may be marked" and graduation are decided in one
 * place. Programme and unit are referenced by id only: they are aggregates of their own.
 * <p>
 * Enrolling, marking attendance and the like change rows of the parts, not of the cohort, and JPA
 * raises {@code @Version} only for the entity's own row; so {@link CohortRepository} loads a cohort
 * with {@code OPTIMISTIC_FORCE_INCREMENT}, and two coordinators cannot both take the last place.
 */
@Entity
@Table(name = "cohort")
public class Cohort {

    /** Share of sessions to attend to graduate, unless the cohort says otherwise. */
    public static final int DEFAULT_ATTENDANCE_THRESHOLD = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme_id", nullable = false)
    private Long programmeId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "name", nullable = false, length = 160)
    private String name;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "capacity", nullable = false)
    private int capacity;

    @Column(name = "attendance_threshold", nullable = false)
    private int attendanceThresholdPercent;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private CohortStatus status;

    @OneToMany(mappedBy = "cohort", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Enrollment> enrollments = new ArrayList<>();

    @OneToMany(mappedBy = "cohort", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<TrainingSession> sessions = new ArrayList<>();

    @Version
    private long version;

    protected Cohort() {
    }

    public Cohort(long programmeId, long unitId, String name, LocalDate startDate, LocalDate endDate, int capacity) {
        this(programmeId, unitId, name, startDate, endDate, capacity, DEFAULT_ATTENDANCE_THRESHOLD);
    }

    public Cohort(long programmeId, long unitId, String name, LocalDate startDate, LocalDate endDate, int capacity,
                  int attendanceThresholdPercent) {
        this.programmeId = programmeId;
        this.unitId = unitId;
        this.name = Require.text(name, "name", 160);
        this.startDate = Require.present(startDate, "startDate");
        this.endDate = Require.present(endDate, "endDate");
        if (endDate.isBefore(startDate)) {
            throw new InvalidValueException("endDate", "A cohort cannot end before it starts");
        }
        if (capacity < 1) {
            throw new InvalidValueException("capacity", "A cohort has at least one place");
        }
        if (attendanceThresholdPercent < 0 || attendanceThresholdPercent > 100) {
            throw new InvalidValueException("attendanceThreshold", "The attendance threshold is a percentage, 0 to 100");
        }
        this.capacity = capacity;
        this.attendanceThresholdPercent = attendanceThresholdPercent;
        this.status = CohortStatus.PLANNED;
    }

    public void start() {
        requireStatus(CohortStatus.PLANNED, "start");
        status = CohortStatus.RUNNING;
    }

    public void complete() {
        requireStatus(CohortStatus.RUNNING, "complete");
        status = CohortStatus.COMPLETED;
    }

    /**
     * Gives the beneficiary a place, before or during the training. Refused once the cohort is
     * completed, when the beneficiary is enrolled or graduated here already (one who withdrew may
     * come back), and when every place is taken.
     */
    public Enrollment enroll(long beneficiaryId, LocalDate on) {
        if (status == CohortStatus.COMPLETED) {
            throw new CohortClosedException(this, "enrol anyone");
        }
        boolean alreadyIn = enrollments.stream()
                .anyMatch(e -> e.beneficiaryId() == beneficiaryId && e.status().takesAPlace());
        if (alreadyIn) {
            throw new AlreadyEnrolledException(this, beneficiaryId);
        }
        if (isFull()) {
            throw new CohortFullException(this);
        }
        Enrollment enrollment = new Enrollment(this, beneficiaryId, Require.present(on, "enrolledOn"));
        enrollments.add(enrollment);
        return enrollment;
    }

    /** Adds a training day within the cohort's dates. */
    public TrainingSession scheduleSession(LocalDate date, String topic) {
        if (status == CohortStatus.COMPLETED) {
            throw new CohortClosedException(this, "schedule a session");
        }
        if (date != null && (date.isBefore(startDate) || date.isAfter(endDate))) {
            throw new InvalidValueException("date", "A session falls within the cohort's dates");
        }
        TrainingSession session = new TrainingSession(this, date, topic);
        sessions.add(session);
        return session;
    }

    /** Places taken by enrolled and graduated beneficiaries; a withdrawal frees its place. */
    public int placesTaken() {
        return (int) enrollments.stream().filter(e -> e.status().takesAPlace()).count();
    }

    public int placesLeft() {
        return capacity - placesTaken();
    }

    public boolean isFull() {
        return placesTaken() >= capacity;
    }

    /** The beneficiary's current (ENROLLED) enrolment here, if any. */
    public Optional<Enrollment> activeEnrollmentOf(long beneficiaryId) {
        return enrollments.stream()
                .filter(e -> e.beneficiaryId() == beneficiaryId && e.status() == EnrollmentStatus.ENROLLED)
                .findFirst();
    }

    public Optional<Enrollment> enrollment(long enrollmentId) {
        return enrollments.stream().filter(e -> Objects.equals(e.id(), enrollmentId)).findFirst();
    }

    public Optional<TrainingSession> session(long sessionId) {
        return sessions.stream().filter(s -> Objects.equals(s.id(), sessionId)).findFirst();
    }

    /** Every enrolment, withdrawn ones included. */
    public List<Enrollment> enrollments() {
        return List.copyOf(enrollments);
    }

    /** Sessions by date. */
    public List<TrainingSession> sessions() {
        return sessions.stream().sorted(Comparator.comparing(TrainingSession::date)).toList();
    }

    List<TrainingSession> heldSessions() {
        return sessions.stream().filter(TrainingSession::isHeld).toList();
    }

    private void requireStatus(CohortStatus expected, String attempted) {
        if (status != expected) {
            throw new CohortStateException(this, attempted);
        }
    }

    public Long id() {
        return id;
    }

    public Long programmeId() {
        return programmeId;
    }

    public Long unitId() {
        return unitId;
    }

    public String name() {
        return name;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public int capacity() {
        return capacity;
    }

    public int attendanceThresholdPercent() {
        return attendanceThresholdPercent;
    }

    public CohortStatus status() {
        return status;
    }

    public long version() {
        return version;
    }
}
