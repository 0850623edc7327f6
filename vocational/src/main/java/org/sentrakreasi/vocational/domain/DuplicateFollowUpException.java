package org.sentrakreasi.vocational.domain;

/** The follow-up of that month is recorded already for the enrolment: there is one per month. */
public class DuplicateFollowUpException extends VocationalConflictException {

    public DuplicateFollowUpException(int month) {
        super("The " + month + "-month follow-up is recorded already");
    }
}
