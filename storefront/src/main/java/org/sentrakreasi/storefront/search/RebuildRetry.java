package org.sentrakreasi.storefront.search;

import java.time.Duration;
import java.time.Instant;

/**
 * When to try a failed index rebuild again: 10 s after the first failure, twice as long after each
 * further one, at most 5 minutes apart; nothing is due once a rebuild succeeds.
 */
final class RebuildRetry {

    private static final Duration FIRST = Duration.ofSeconds(10);
    private static final Duration LAST = Duration.ofMinutes(5);

    private Instant dueAt;
    private Duration wait = FIRST;

    /** @return how long until the next attempt */
    synchronized Duration failed(Instant now) {
        Duration waited = wait;
        dueAt = now.plus(waited);
        Duration doubled = waited.multipliedBy(2);
        wait = doubled.compareTo(LAST) > 0 ? LAST : doubled;
        return waited;
    }

    synchronized void succeeded() {
        dueAt = null;
        wait = FIRST;
    }

    synchronized boolean isDue(Instant now) {
        return dueAt != null && !now.isBefore(dueAt);
    }
}
