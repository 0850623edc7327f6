package org.sentrakreasi.storefront.ordering.application;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: the API's Idempotency-Keys and the response each one got. A key is claimed in the same
 * transaction as the order it places, under a unique constraint: of two requests racing with one
 * key, one commits and the other's claim fails.
 */
public interface IdempotencyRecords {

    /** The committed answer to a key, if any. */
    Optional<Remembered> find(String key);

    /**
     * Claims the key in the caller's transaction, written at once.
     *
     * @throws KeyAlreadyClaimedException when another transaction holds or committed the key
     */
    void claim(String key, String requestFingerprint, Instant now);

    /** Records the answer to a key claimed in this transaction. */
    void answer(String key, int status, String body, String orderCode);

    /** Forgets the keys claimed before {@code cutoff}; returns how many. */
    int forgetClaimedBefore(Instant cutoff);

    /** A key's request (as a fingerprint of its canonical JSON) and the answer it got. */
    record Remembered(String requestFingerprint, int status, String body, String orderCode) {
    }
}
