package org.sentrakreasi.vocational.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.sentrakreasi.vocational.domain.BeneficiaryRepository;
import org.sentrakreasi.vocational.domain.Cohort;
import org.sentrakreasi.vocational.domain.CohortRepository;
import org.sentrakreasi.vocational.domain.CompetencyAssessment;
import org.sentrakreasi.vocational.domain.Enrollment;
import org.sentrakreasi.vocational.domain.InvalidValueException;
import org.sentrakreasi.vocational.domain.ProgrammeRepository;
import org.sentrakreasi.vocational.domain.RecordNotFoundException;
import org.sentrakreasi.vocational.domain.TrainingSession;
import org.sentrakreasi.vocational.domain.UnitRepository;

/**
 * Running cohorts: planning, enrolment, sessions and attendance, assessments, graduation,
 * withdrawal and follow-ups. Each method loads the cohort (found by enrolment or session where
 * the route names those), checks that the caller may act for the cohort's unit, applies one
 * behaviour of the aggregate, and audits the change to a beneficiary's training record.
 */
@ApplicationScoped
@Transactional
public class CohortService {

    private CohortRepository cohorts;
    private ProgrammeRepository programmes;
    private UnitRepository units;
    private BeneficiaryRepository beneficiaries;
    private Auditor auditor;
    private Clock clock;

    protected CohortService() {
        // for CDI proxies
    }

    @Inject
    public CohortService(CohortRepository cohorts, ProgrammeRepository programmes, UnitRepository units,
                         BeneficiaryRepository beneficiaries, Auditor auditor, Clock clock) {
        this.cohorts = cohorts;
        this.programmes = programmes;
        this.units = units;
        this.beneficiaries = beneficiaries;
        this.auditor = auditor;
        this.clock = clock;
    }

    /** Plans a cohort at a unit the caller works for; it starts PLANNED. */
    public CohortSummary create(@NotNull @Valid Staff staff, @NotNull @Valid NewCohort command) {
        staff.requireAccessTo(command.unitId());
        if (units.find(command.unitId()).isEmpty()) {
            throw new InvalidValueException("unitId", "No unit with that id");
        }
        if (programmes.find(command.programId()).isEmpty()) {
            throw new InvalidValueException("programId", "No programme with that id");
        }
        int threshold = Objects.requireNonNullElse(command.attendanceThreshold(), Cohort.DEFAULT_ATTENDANCE_THRESHOLD);
        Cohort cohort = new Cohort(command.programId(), command.unitId(), command.name(), command.startDate(),
                command.endDate(), command.capacity(), threshold);
        return CohortViews.summary(cohorts.add(cohort));
    }

    public CohortSummary start(@NotNull @Valid Staff staff, long cohortId) {
        Cohort cohort = cohortFor(staff, cohortId);
        cohort.start();
        return CohortViews.summary(cohort);
    }

    public CohortSummary complete(@NotNull @Valid Staff staff, long cohortId) {
        Cohort cohort = cohortFor(staff, cohortId);
        cohort.complete();
        return CohortViews.summary(cohort);
    }

    /**
     * Enrols a beneficiary of the caller's unit.
     *
     * @throws org.sentrakreasi.vocational.domain.CohortFullException when every place is taken
     */
    public EnrollmentSummary enrol(@NotNull @Valid Staff staff, long cohortId, @NotNull @Valid Enrol command) {
        Cohort cohort = cohortFor(staff, cohortId);
        long beneficiaryId = command.beneficiaryId();
        staff.requireAccessTo(beneficiaries.get(beneficiaryId).unitId());
        Enrollment enrollment = cohort.enroll(beneficiaryId, today());
        cohorts.flush();
        auditor.record(staff, AuditAction.UPDATE, beneficiaryId, "enrollment");
        return CohortViews.enrollment(enrollment);
    }

    public SessionSummary addSession(@NotNull @Valid Staff staff, long cohortId, @NotNull @Valid NewSession command) {
        Cohort cohort = cohortFor(staff, cohortId);
        TrainingSession session = cohort.scheduleSession(command.date(), command.topic());
        cohorts.flush();
        return CohortViews.session(session);
    }

    /** Records (or corrects) the register of a session, one mark per beneficiary. */
    public SessionSummary recordAttendance(@NotNull @Valid Staff staff, long sessionId,
                                           @NotEmpty List<@NotNull @Valid AttendanceMark> marks) {
        Cohort cohort = cohorts.findBySession(sessionId)
                .orElseThrow(() -> new RecordNotFoundException("session", sessionId));
        staff.requireAccessTo(cohort.unitId());
        TrainingSession session = cohort.session(sessionId).orElseThrow();
        // Two marks for one person leave no way to tell which was meant: refused, nothing recorded.
        Set<Long> marked = new HashSet<>();
        for (AttendanceMark mark : marks) {
            if (!marked.add(mark.beneficiaryId())) {
                throw new InvalidValueException("beneficiaryId", "Beneficiary " + mark.beneficiaryId()
                        + " is marked more than once on this sheet");
            }
        }
        for (AttendanceMark mark : marks) {
            session.recordAttendance(mark.beneficiaryId(), mark.status());
            auditor.record(staff, AuditAction.UPDATE, mark.beneficiaryId(), "attendance");
        }
        return CohortViews.session(session);
    }

    public AssessmentSummary assess(@NotNull @Valid Staff staff, long enrollmentId,
                                    @NotNull @Valid RecordAssessment command) {
        Enrollment enrollment = enrollmentFor(staff, enrollmentId);
        LocalDate assessedOn = Objects.requireNonNullElseGet(command.assessedOn(), this::today);
        CompetencyAssessment assessment = enrollment.recordAssessment(command.competencyUnit(), command.result(),
                command.assessor(), assessedOn, command.certificateNumber(), command.validUntil());
        cohorts.flush();
        auditor.record(staff, AuditAction.UPDATE, enrollment.beneficiaryId(), "assessment");
        return CohortViews.assessment(assessment);
    }

    public AssessmentSummary revokeAssessment(@NotNull @Valid Staff staff, long enrollmentId, long assessmentId,
                                              @NotNull @Valid Reason command) {
        Enrollment enrollment = enrollmentFor(staff, enrollmentId);
        CompetencyAssessment assessment = enrollment.assessments().stream()
                .filter(a -> a.id() == assessmentId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("assessment", assessmentId));
        assessment.revoke(command.reason(), today());
        auditor.record(staff, AuditAction.UPDATE, enrollment.beneficiaryId(), "assessment.revocation");
        return CohortViews.assessment(assessment);
    }

    public EnrollmentSummary exempt(@NotNull @Valid Staff staff, long enrollmentId, @NotNull @Valid Reason command) {
        return change(staff, enrollmentId, "exemption",
                e -> e.exemptFromAssessment(command.reason(), staff.username(), today()));
    }

    /**
     * @throws org.sentrakreasi.vocational.domain.GraduationRefusedException naming the unmet conditions
     */
    public EnrollmentSummary graduate(@NotNull @Valid Staff staff, long enrollmentId) {
        return change(staff, enrollmentId, "enrollment.status", e -> e.graduate(today()));
    }

    public EnrollmentSummary withdraw(@NotNull @Valid Staff staff, long enrollmentId, @NotNull @Valid Reason command) {
        return change(staff, enrollmentId, "enrollment.status", e -> e.withdraw(command.reason(), today()));
    }

    public FollowUpSummary recordFollowUp(@NotNull @Valid Staff staff, long enrollmentId,
                                          @NotNull @Valid RecordFollowUp command) {
        Enrollment enrollment = enrollmentFor(staff, enrollmentId);
        LocalDate recordedOn = Objects.requireNonNullElseGet(command.recordedOn(), this::today);
        if (recordedOn.isAfter(today())) {
            throw new InvalidValueException("recordedOn", "A follow-up is recorded on a day that has come, not " + recordedOn);
        }
        var followUp = enrollment.recordFollowUp(command.month(), recordedOn, command.workStatus(),
                command.incomeBand());
        cohorts.flush();
        auditor.record(staff, AuditAction.UPDATE, enrollment.beneficiaryId(), "followUp");
        return CohortViews.followUp(followUp);
    }

    private EnrollmentSummary change(Staff staff, long enrollmentId, String field, Consumer<Enrollment> behaviour) {
        Enrollment enrollment = enrollmentFor(staff, enrollmentId);
        behaviour.accept(enrollment);
        auditor.record(staff, AuditAction.UPDATE, enrollment.beneficiaryId(), field);
        return CohortViews.enrollment(enrollment);
    }

    private Cohort cohortFor(Staff staff, long cohortId) {
        Cohort cohort = cohorts.get(cohortId);
        staff.requireAccessTo(cohort.unitId());
        return cohort;
    }

    private Enrollment enrollmentFor(Staff staff, long enrollmentId) {
        Cohort cohort = cohorts.findByEnrollment(enrollmentId)
                .orElseThrow(() -> new RecordNotFoundException("enrollment", enrollmentId));
        staff.requireAccessTo(cohort.unitId());
        return cohort.enrollment(enrollmentId).orElseThrow();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
