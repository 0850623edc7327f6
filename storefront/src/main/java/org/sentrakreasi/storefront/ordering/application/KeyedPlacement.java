package org.sentrakreasi.storefront.ordering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * The transaction of a keyed placement: the key is claimed first (so that a second request with
 * the key waits for, or fails against, the first before touching any stock), then the order is
 * placed and the answer stored with the key. Order, reservation, key and answer commit together or
 * not at all; a refused order (400, 409) leaves no key behind, so the buyer may correct and retry
 * with the same key.
 */
@ApplicationScoped
@Transactional
public class KeyedPlacement {

    /** The same JSON-B defaults as the API's own responses. */
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final int CREATED = 201;

    private OrderService orders;
    private IdempotencyRecords records;
    private Clock clock;

    protected KeyedPlacement() {
        // for CDI proxies
    }

    @Inject
    public KeyedPlacement(OrderService orders, IdempotencyRecords records, Clock clock) {
        this.orders = orders;
        this.records = records;
        this.clock = clock;
    }

    /** @throws KeyAlreadyClaimedException when another request holds the key; nothing was placed */
    public KeyedResponse place(String key, String requestFingerprint, PlaceOrder command) {
        records.claim(key, requestFingerprint, clock.instant());
        OrderDetails receipt = orders.place(command);
        String body = JSON.toJson(receipt);
        records.answer(key, CREATED, body, receipt.code());
        return new KeyedResponse(CREATED, body, receipt.code(), false);
    }

    public int forgetClaimedBefore(Instant cutoff) {
        return records.forgetClaimedBefore(cutoff);
    }
}
