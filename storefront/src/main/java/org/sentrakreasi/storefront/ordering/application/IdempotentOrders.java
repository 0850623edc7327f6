package org.sentrakreasi.storefront.ordering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.sentrakreasi.catalog.application.OutOfStockException;

/**
 * Orders placed through the API with an {@code Idempotency-Key} (API.md "Orders"): the same key
 * with the same request (compared as canonical JSON) gets the first answer again, byte for byte,
 * and no second order, also when both requests arrive at once; the same key with another request
 * is refused (422). Keys are kept 48 hours (the contract promises at least 24) and forgotten
 * after that, at most once an hour, by the placement that finds them due.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class IdempotentOrders {

    static final Duration KEPT = Duration.ofHours(48);
    private static final Duration CLEANUP_EVERY = Duration.ofHours(1);
    private static final Duration WAIT_FOR_OTHER = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(50);
    private static final int ATTEMPTS = 3;
    private static final Logger LOG = Logger.getLogger(IdempotentOrders.class.getName());

    private OrderService orders;
    private KeyedPlacement placement;
    private IdempotencyRecords records;
    private Clock clock;
    private final AtomicReference<Instant> lastCleanup = new AtomicReference<>(Instant.MIN);

    protected IdempotentOrders() {
        // for CDI proxies
    }

    @Inject
    public IdempotentOrders(OrderService orders, KeyedPlacement placement, IdempotencyRecords records, Clock clock) {
        this.orders = orders;
        this.placement = placement;
        this.records = records;
        this.clock = clock;
    }

    /**
     * Places the order once per key.
     *
     * @param requestBody the request's JSON as received, for comparing a repeated request with the first
     * @throws IdempotencyKeyReusedException when the key was used with another request
     * @throws InvalidOrderException         as {@link OrderService#place}; the key stays free
     * @throws org.sentrakreasi.catalog.application.OutOfStockException as {@link OrderService#place}; the key stays free
     */
    public KeyedResponse place(String key, String requestBody, PlaceOrder command) {
        forgetExpiredKeysNowAndThen();
        String fingerprint = CanonicalJson.fingerprint(requestBody);
        Optional<IdempotencyRecords.Remembered> earlier = records.find(key);
        if (earlier.isPresent()) {
            return replay(earlier.get(), fingerprint);
        }
        try {
            // Buyers after the last piece of a rush are answered here, without queueing for the key's
            // claim and the product's row behind the buyers who got one.
            orders.refuseEarly(command);
        } catch (OutOfStockException soldOut) {
            // The first request with this key may have taken the last piece and committed since the look-up.
            return records.find(key).map(first -> replay(first, fingerprint)).orElseThrow(() -> soldOut);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return placement.place(key, fingerprint, command);
            } catch (KeyAlreadyClaimedException clash) {
                Optional<IdempotencyRecords.Remembered> winner = awaitAnswer(key);
                if (winner.isPresent()) {
                    return replay(winner.get(), fingerprint);
                }
                // The other request was refused and rolled back: the key is free again.
                if (attempt == ATTEMPTS) {
                    throw clash;
                }
            }
        }
    }

    private static KeyedResponse replay(IdempotencyRecords.Remembered earlier, String fingerprint) {
        if (!earlier.requestFingerprint().equals(fingerprint)) {
            throw new IdempotencyKeyReusedException();
        }
        return new KeyedResponse(earlier.status(), earlier.body(), earlier.orderCode(), true);
    }

    /** The other request's transaction may still be running (a database that refuses the claim at once). */
    private Optional<IdempotencyRecords.Remembered> awaitAnswer(String key) {
        Instant giveUp = Instant.now().plus(WAIT_FOR_OTHER);
        while (true) {
            Optional<IdempotencyRecords.Remembered> answer = records.find(key);
            if (answer.isPresent() || Instant.now().isAfter(giveUp)) {
                return answer;
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    private void forgetExpiredKeysNowAndThen() {
        Instant now = clock.instant();
        Instant last = lastCleanup.get();
        if (last.plus(CLEANUP_EVERY).isBefore(now) && lastCleanup.compareAndSet(last, now)) {
            int forgotten = placement.forgetClaimedBefore(now.minus(KEPT));
            if (forgotten > 0) {
                LOG.fine(() -> "Forgot " + forgotten + " Idempotency-Keys older than " + KEPT.toHours() + " h");
            }
        }
    }
}
