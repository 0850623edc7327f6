package org.sentrakreasi.vocational.application;

import java.time.Instant;
import java.util.List;

/**
 * One audited access: who, when, what, to which beneficiary, and the names of the fields read or
 * changed. Never the values: the audit log must not become a second copy of the private data.
 */
public record AuditEvent(Instant at, String username, String role, AuditAction action, long beneficiaryId,
                         List<String> fields) {

    public AuditEvent {
        fields = List.copyOf(fields);
    }
}
