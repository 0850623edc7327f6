package org.sentrakreasi.vocational.application;

/** What a member of staff did with a beneficiary's private data. */
public enum AuditAction {
    /** Opened the record. */
    READ,
    /** The record was among the results of a search (the search words themselves are not kept). */
    SEARCH,
    REGISTER,
    /** Changed the record or one of its training records (enrolment, attendance, assessment...). */
    UPDATE,
    CONSENT,
    /** Published consented fields on the public maker profile. */
    PUBLISH,
    /** The record was in a cohort export. */
    EXPORT
}
