package org.sentrakreasi.catalog.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of the search outbox (see SearchOutbox). */
@Entity
@Table(name = "search_outbox")
public class OutboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "enqueued_at", nullable = false)
    private Instant enqueuedAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_by", length = 80)
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_error", length = 500)
    private String lastError;

    protected OutboxEntry() {
    }

    OutboxEntry(long productId, Instant now) {
        this.productId = productId;
        this.enqueuedAt = now;
        this.nextAttemptAt = now;
    }

    Long id() {
        return id;
    }

    long productId() {
        return productId;
    }

    int attempts() {
        return attempts;
    }

    void failed(String error, Instant retryAt) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
        nextAttemptAt = retryAt;
        claimedBy = null;
        claimedUntil = null;
    }
}
