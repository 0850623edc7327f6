package org.sentrakreasi.storefront.config;

import java.util.function.LongSupplier;

/**
 * Marks work whose commits on embedded H2 need not reach the file before they return: the
 * {@code CHECKPOINT} that follows every other commit ({@link CheckpointingH2DataSource}) is left
 * out, and H2's background writer stores them within a second. Only for commits whose loss in a
 * killed process is harmless, such as the search outbox's own bookkeeping: a lost claim is claimed
 * again, a lost completion indexes its products once more. Other databases are not affected.
 */
public final class UnsyncedCommits {

    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private UnsyncedCommits() {
    }

    /** Runs the work on this thread with its commits left to the background writer. */
    public static long run(LongSupplier work) {
        if (ACTIVE.get()) {
            return work.getAsLong();
        }
        ACTIVE.set(Boolean.TRUE);
        try {
            return work.getAsLong();
        } finally {
            ACTIVE.remove();
        }
    }

    static boolean active() {
        return ACTIVE.get();
    }
}
