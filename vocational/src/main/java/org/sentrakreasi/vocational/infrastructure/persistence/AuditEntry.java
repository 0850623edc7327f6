package org.sentrakreasi.vocational.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.sentrakreasi.vocational.application.AuditAction;
import org.sentrakreasi.vocational.application.AuditEvent;

/** A row of the audit log (table audit_log): written once, never changed. Field names only, never values. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    private static final String SEPARATOR = ",";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "username", nullable = false, updatable = false, length = 80)
    private String username;

    @Column(name = "staff_role", nullable = false, updatable = false, length = 20)
    private String role;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false, length = 20)
    private AuditAction action;

    @Column(name = "beneficiary_id", nullable = false, updatable = false)
    private long beneficiaryId;

    @Column(name = "fields", nullable = false, updatable = false, length = 1000)
    private String fields;

    protected AuditEntry() {
    }

    AuditEntry(AuditEvent event) {
        this.occurredAt = event.at();
        this.username = event.username();
        this.role = event.role();
        this.action = event.action();
        this.beneficiaryId = event.beneficiaryId();
        this.fields = String.join(SEPARATOR, event.fields());
    }

    AuditEvent event() {
        List<String> names = fields.isEmpty() ? List.of() : Arrays.asList(fields.split(SEPARATOR));
        return new AuditEvent(occurredAt, username, role, action, beneficiaryId, names);
    }
}
