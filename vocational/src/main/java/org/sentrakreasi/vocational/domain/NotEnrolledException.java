package org.sentrakreasi.vocational.domain;

/** Attendance was given for a beneficiary who is not (or no longer) enrolled in the session's cohort. */
public class NotEnrolledException extends VocationalConflictException {

    private final long beneficiaryId;

    public NotEnrolledException(Cohort cohort, long beneficiaryId) {
        super("Beneficiary " + beneficiaryId + " is not enrolled in cohort '" + cohort.name() + "'");
        this.beneficiaryId = beneficiaryId;
    }

    public long beneficiaryId() {
        return beneficiaryId;
    }
}
