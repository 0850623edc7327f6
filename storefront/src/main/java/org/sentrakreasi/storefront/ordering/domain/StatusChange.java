package org.sentrakreasi.storefront.ordering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Optional;

/** One step of an order's history: the status it reached, when, who took the step and why (cancellations). */
@Embeddable
public class StatusChange {

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private OrderStatus status;

    @Column(name = "changed_at", nullable = false)
    private Instant at;

    @Column(name = "changed_by", length = 80)
    private String by;

    @Column(name = "reason", length = 1000)
    private String reason;

    protected StatusChange() {
    }

    StatusChange(OrderStatus status, Instant at, String by, String reason) {
        this.status = status;
        this.at = at;
        this.by = by;
        this.reason = reason;
    }

    public OrderStatus status() {
        return status;
    }

    public Instant at() {
        return at;
    }

    /** The staff account that took the step; empty for the placement, which the buyer made. */
    public Optional<String> by() {
        return Optional.ofNullable(by);
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }
}
