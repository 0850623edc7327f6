package org.sentrakreasi.vocational.application;

import java.time.Instant;

/** A recorded consent decision: which field, granted or withdrawn, on whose word, when. */
public record ConsentSummary(String beneficiaryId, int sequence, String field, boolean granted,
                             boolean guardianConsent, String recordedBy, Instant recordedAt) {
}
