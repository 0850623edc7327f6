package org.sentrakreasi.deploy.it;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for what the search index shows after a change: the index follows the database through
 * the outbox within a second or two, not in the same request.
 */
final class Eventually {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    private Eventually() {
    }

    static <T> T await(Supplier<T> probe, Predicate<T> done, String what) {
        return await(probe, done, what, LIMIT);
    }

    static <T> T await(Supplier<T> probe, Predicate<T> done, String what, Duration limit) {
        Instant deadline = Instant.now().plus(limit);
        T last = probe.get();
        while (!done.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + " did not happen within " + limit + "; last seen: " + last);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = probe.get();
        }
        return last;
    }
}
