package org.sentrakreasi.vocational.application;

import java.util.List;

/**
 * One trainee's training record for assessment entry: the enrolment, the cohort it belongs to and
 * its attendance threshold, the exemption reason if any, and every assessment, revoked ones included.
 */
public record TraineeRecord(Trainee trainee, String cohortId, String cohortName, String cohortStatus,
                            int attendanceThreshold, String exemptionReason, List<AssessmentSummary> assessments) {
}
