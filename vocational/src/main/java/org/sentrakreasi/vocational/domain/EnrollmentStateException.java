package org.sentrakreasi.vocational.domain;

/** A step the enrolment's status does not allow, e.g. graduating after a withdrawal. */
public class EnrollmentStateException extends VocationalConflictException {

    public EnrollmentStateException(Enrollment enrollment, String attempted) {
        super("Enrolment of beneficiary " + enrollment.beneficiaryId() + " is " + enrollment.status()
                + " and cannot " + attempted);
    }
}
