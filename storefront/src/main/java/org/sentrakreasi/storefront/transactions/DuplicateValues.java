package org.sentrakreasi.storefront.transactions;

import java.util.Set;

/**
 * Recognises a write the database refused because another request had just saved the same unique
 * value (two listings with one SKU created at the same moment). The look-ups before the write catch
 * every case that is not a race; this one is worth a check and a retry, not a server error.
 */
public final class DuplicateValues {

    /** unique_violation, the standard's code, used by H2 and PostgreSQL. */
    private static final Set<String> UNIQUE_VIOLATION = Set.of("23505");

    private DuplicateValues() {
    }

    public static boolean causedBy(Throwable failure) {
        return SqlStates.causedBy(failure, UNIQUE_VIOLATION);
    }
}
