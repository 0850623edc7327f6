package org.sentrakreasi.vocational.domain;

/** A step the assessment's state does not allow: revoking it a second time. */
public class AssessmentStateException extends VocationalConflictException {

    public AssessmentStateException(CompetencyAssessment assessment, String attempted) {
        super("The assessment of '" + assessment.competencyUnit() + "' is revoked already and cannot " + attempted);
    }
}
