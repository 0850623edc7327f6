package org.sentrakreasi.vocational.domain;

/** The beneficiary is enrolled in (or graduated from) this cohort already. */
public class AlreadyEnrolledException extends VocationalConflictException {

    private final long beneficiaryId;

    public AlreadyEnrolledException(Cohort cohort, long beneficiaryId) {
        super("Beneficiary " + beneficiaryId + " is already enrolled in cohort '" + cohort.name() + "'");
        this.beneficiaryId = beneficiaryId;
    }

    public long beneficiaryId() {
        return beneficiaryId;
    }
}
