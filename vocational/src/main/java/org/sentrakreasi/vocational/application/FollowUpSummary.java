package org.sentrakreasi.vocational.application;

import java.time.LocalDate;

/** A recorded outcome follow-up. */
public record FollowUpSummary(String id, String enrollmentId, int month, String workStatus, String incomeBand,
                              LocalDate recordedOn) {
}
