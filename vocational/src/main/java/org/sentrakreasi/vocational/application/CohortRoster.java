package org.sentrakreasi.vocational.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.sentrakreasi.vocational.domain.AssessmentExemption;
import org.sentrakreasi.vocational.domain.Beneficiary;
import org.sentrakreasi.vocational.domain.BeneficiaryRepository;
import org.sentrakreasi.vocational.domain.Cohort;
import org.sentrakreasi.vocational.domain.Enrollment;
import org.sentrakreasi.vocational.domain.EnrollmentStatus;
import org.sentrakreasi.vocational.domain.Nik;
import org.sentrakreasi.vocational.domain.RecordNotFoundException;
import org.sentrakreasi.vocational.domain.TrainingSession;

/**
 * The people of a cohort by name, for the back-office screens of the cohort's unit: the trainee
 * list, a session's attendance sheet, one trainee's record. Cohort details name beneficiaries by
 * id only; these join the names in, so every beneficiary shown is audited as read (field names,
 * never values). Reads take no lock (see {@link CohortReads}).
 */
@ApplicationScoped
@Transactional
public class CohortRoster {

    private static final Comparator<String> BY_NAME = String.CASE_INSENSITIVE_ORDER;

    private CohortReads cohorts;
    private BeneficiaryRepository beneficiaries;
    private Auditor auditor;
    private Clock clock;

    protected CohortRoster() {
        // for CDI proxies
    }

    @Inject
    public CohortRoster(CohortReads cohorts, BeneficiaryRepository beneficiaries, Auditor auditor, Clock clock) {
        this.cohorts = cohorts;
        this.beneficiaries = beneficiaries;
        this.auditor = auditor;
        this.clock = clock;
    }

    /** Every enrolment of the cohort, withdrawn ones included, by name. */
    public List<Trainee> trainees(@NotNull @Valid Staff staff, long cohortId) {
        Cohort cohort = CohortQueries.visibleCohort(cohorts, staff, cohortId);
        LocalDate today = LocalDate.now(clock);
        return cohort.enrollments().stream()
                .map(enrollment -> trainee(staff, enrollment, today))
                .sorted(Comparator.comparing(Trainee::fullName, BY_NAME))
                .toList();
    }

    /** The session's register: the beneficiaries who may be marked (currently enrolled), by name. */
    public AttendanceSheet attendanceSheet(@NotNull @Valid Staff staff, long sessionId) {
        Cohort cohort = cohorts.findBySession(sessionId)
                .orElseThrow(() -> new RecordNotFoundException("session", sessionId));
        staff.requireAccessTo(cohort.unitId());
        TrainingSession session = cohort.session(sessionId).orElseThrow();
        List<AttendanceSheet.Line> lines = cohort.enrollments().stream()
                .filter(e -> e.status() == EnrollmentStatus.ENROLLED)
                .map(e -> {
                    Beneficiary beneficiary = beneficiaries.get(e.beneficiaryId());
                    auditor.record(staff, AuditAction.READ, e.beneficiaryId(), AttendanceSheet.FIELDS);
                    return new AttendanceSheet.Line(String.valueOf(e.beneficiaryId()), beneficiary.fullName(),
                            session.attendanceOf(e).map(Enum::name).orElse(null));
                })
                .sorted(Comparator.comparing(AttendanceSheet.Line::fullName, BY_NAME))
                .toList();
        return new AttendanceSheet(String.valueOf(session.id()), String.valueOf(cohort.id()), cohort.name(),
                session.date(), session.topic(), lines);
    }

    /** One trainee's record with every assessment. */
    public TraineeRecord trainee(@NotNull @Valid Staff staff, long enrollmentId) {
        Cohort cohort = cohorts.findByEnrollment(enrollmentId)
                .orElseThrow(() -> new RecordNotFoundException("enrollment", enrollmentId));
        staff.requireAccessTo(cohort.unitId());
        Enrollment enrollment = cohort.enrollment(enrollmentId).orElseThrow();
        return new TraineeRecord(trainee(staff, enrollment, LocalDate.now(clock)), String.valueOf(cohort.id()),
                cohort.name(), cohort.status().name(), cohort.attendanceThresholdPercent(),
                enrollment.exemption().map(AssessmentExemption::reason).orElse(null),
                enrollment.assessments().stream().map(CohortViews::assessment).toList());
    }

    private Trainee trainee(Staff staff, Enrollment enrollment, LocalDate today) {
        Beneficiary beneficiary = beneficiaries.get(enrollment.beneficiaryId());
        auditor.record(staff, AuditAction.READ, enrollment.beneficiaryId(), Trainee.FIELDS);
        return new Trainee(String.valueOf(enrollment.id()), String.valueOf(enrollment.beneficiaryId()),
                beneficiary.fullName(), beneficiary.nik().map(Nik::masked).orElse(null), enrollment.status().name(),
                enrollment.enrolledOn(), enrollment.graduatedOn().orElse(null), enrollment.withdrawnOn().orElse(null),
                enrollment.attendanceRate().percent().map(CohortRoster::plain).orElse(null),
                enrollment.assessments().stream().anyMatch(a -> a.certifiesCompetenceOn(today)),
                enrollment.exemption().isPresent());
    }

    /** percent() strips trailing zeros, which turns 100 into 1E+2. */
    private static BigDecimal plain(BigDecimal rate) {
        return rate.scale() < 0 ? rate.setScale(0) : rate;
    }
}
