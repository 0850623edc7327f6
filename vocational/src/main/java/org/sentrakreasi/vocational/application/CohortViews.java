package org.sentrakreasi.vocational.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.sentrakreasi.vocational.domain.AttendanceRate;
import org.sentrakreasi.vocational.domain.Cohort;
import org.sentrakreasi.vocational.domain.CompetencyAssessment;
import org.sentrakreasi.vocational.domain.Enrollment;
import org.sentrakreasi.vocational.domain.EnrollmentStatus;
import org.sentrakreasi.vocational.domain.OutcomeFollowUp;
import org.sentrakreasi.vocational.domain.TrainingSession;

/** Turns the cohort aggregate into the records screens and the API show; ids become strings. */
final class CohortViews {

    private CohortViews() {
    }

    static CohortSummary summary(Cohort cohort) {
        return new CohortSummary(id(cohort.id()), id(cohort.programmeId()), id(cohort.unitId()), cohort.name(),
                cohort.startDate(), cohort.endDate(), cohort.capacity(), cohort.status().name(), cohort.placesTaken());
    }

    static CohortDetails details(Cohort cohort, String programmeName, LocalDate today) {
        List<Enrollment> current = cohort.enrollments().stream().filter(e -> e.status().takesAPlace()).toList();
        return new CohortDetails(id(cohort.id()), id(cohort.programmeId()), programmeName, id(cohort.unitId()),
                cohort.name(), cohort.startDate(), cohort.endDate(), cohort.capacity(),
                cohort.attendanceThresholdPercent(), cohort.status().name(), cohort.placesLeft(), current.size(),
                overallAttendance(current),
                (int) current.stream().filter(e -> !e.assessments().isEmpty()).count(),
                (int) current.stream().filter(e -> e.assessments().stream().anyMatch(a -> a.certifiesCompetenceOn(today))).count(),
                (int) current.stream().filter(e -> e.status() == EnrollmentStatus.GRADUATED).count(),
                cohort.enrollments().stream().map(CohortViews::enrollment).toList(),
                cohort.sessions().stream().map(CohortViews::session).toList());
    }

    /** Every counted mark of the current enrolments together, EXCUSED left out as for one person. */
    static BigDecimal overallAttendance(List<Enrollment> enrollments) {
        int present = 0;
        int absent = 0;
        int excused = 0;
        for (Enrollment enrollment : enrollments) {
            AttendanceRate rate = enrollment.attendanceRate();
            present += rate.present();
            absent += rate.absent();
            excused += rate.excused();
        }
        // percent() strips trailing zeros, which turns 100 into 1E+2: plain for JSON readers.
        return new AttendanceRate(present, absent, excused).percent()
                .map(rate -> rate.scale() < 0 ? rate.setScale(0) : rate).orElse(null);
    }

    static EnrollmentSummary enrollment(Enrollment enrollment) {
        return new EnrollmentSummary(id(enrollment.id()), id(enrollment.cohort().id()),
                String.valueOf(enrollment.beneficiaryId()), enrollment.status().name(), enrollment.enrolledOn(),
                enrollment.graduatedOn().orElse(null), enrollment.withdrawnOn().orElse(null));
    }

    static SessionSummary session(TrainingSession session) {
        return new SessionSummary(id(session.id()), id(session.cohort().id()), session.date(), session.topic());
    }

    static AssessmentSummary assessment(CompetencyAssessment assessment) {
        return new AssessmentSummary(id(assessment.id()), id(assessment.enrollment().id()), assessment.competencyUnit(),
                assessment.result().name(), assessment.assessor(), assessment.assessedOn(),
                assessment.certificateNumber().orElse(null), assessment.validUntil().orElse(null),
                assessment.revokedOn().orElse(null));
    }

    static FollowUpSummary followUp(OutcomeFollowUp followUp) {
        return new FollowUpSummary(id(followUp.id()), id(followUp.enrollment().id()), followUp.month(),
                followUp.workStatus().name(), followUp.incomeBand().name(), followUp.recordedOn());
    }

    private static String id(Long id) {
        return id == null ? null : String.valueOf(id);
    }
}
