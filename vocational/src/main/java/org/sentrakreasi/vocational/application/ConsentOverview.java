package org.sentrakreasi.vocational.application;

import java.time.Instant;
import java.util.List;

/**
 * A beneficiary's consent as the consent screen shows it: the current decision on every public
 * field (in the order of {@code ConsentField}), the whole history oldest first, and whether a grant
 * needs the guardian's consent too (a minor today).
 */
public record ConsentOverview(String beneficiaryId, boolean guardianConsentRequired, List<FieldConsent> fields,
                              List<ConsentSummary> history) {

    /**
     * The latest decision on one field; {@code decided} false (and the rest empty) when nobody ever
     * recorded one, which means not granted.
     */
    public record FieldConsent(String field, boolean granted, boolean decided, boolean guardianConsent,
                               String recordedBy, Instant recordedAt) {
    }
}
