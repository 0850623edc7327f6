package org.sentrakreasi.storefront.ordering.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An Idempotency-Key of the orders API and the answer it got (a row of {@code idempotency_key}). */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyRecord {

    @Id
    @Column(name = "idem_key", length = 100)
    private String key;

    @Column(name = "request_fingerprint", nullable = false, length = 64)
    private String requestFingerprint;

    @Column(name = "claimed_at", nullable = false)
    private Instant claimedAt;

    @Column(name = "response_status")
    private Integer responseStatus;

    @Column(name = "response_body", length = 200000)
    private String responseBody;

    @Column(name = "order_code", length = 11)
    private String orderCode;

    protected IdempotencyRecord() {
    }

    IdempotencyRecord(String key, String requestFingerprint, Instant claimedAt) {
        this.key = key;
        this.requestFingerprint = requestFingerprint;
        this.claimedAt = claimedAt;
    }

    void answer(int status, String body, String code) {
        this.responseStatus = status;
        this.responseBody = body;
        this.orderCode = code;
    }

    boolean isAnswered() {
        return responseStatus != null;
    }

    String requestFingerprint() {
        return requestFingerprint;
    }

    int responseStatus() {
        return responseStatus;
    }

    String responseBody() {
        return responseBody;
    }

    String orderCode() {
        return orderCode;
    }
}
