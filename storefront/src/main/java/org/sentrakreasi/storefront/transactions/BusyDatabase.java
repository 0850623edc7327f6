package org.sentrakreasi.storefront.transactions;

import java.util.Set;

/**
 * Recognises a statement the database gave up on because other transactions held the rows it
 * needed for too long (a rush of buyers on one product): nothing was changed, and the same request
 * a moment later will most likely go through. A 503 with Retry-After, not a server error.
 */
public final class BusyDatabase {

    /**
     * H2's lock timeout (HYT00); PostgreSQL's lock_not_available (55P03), serialization_failure
     * (40001) and deadlock_detected (40P01), the last two resolved by retrying the transaction.
     */
    private static final Set<String> BUSY_STATES = Set.of("HYT00", "55P03", "40001", "40P01");

    private BusyDatabase() {
    }

    public static boolean causedBy(Throwable failure) {
        return SqlStates.causedBy(failure, BUSY_STATES);
    }
}
