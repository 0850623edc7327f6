package org.sentrakreasi.vocational.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.List;

/** Writes audit events for the services, with the time and the caller filled in. */
@ApplicationScoped
class Auditor {

    private AuditLog log;
    private Clock clock;

    protected Auditor() {
        // for CDI proxies
    }

    @Inject
    Auditor(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    void record(Staff staff, AuditAction action, long beneficiaryId, Collection<String> fields) {
        log.record(new AuditEvent(clock.instant(), staff.username(), staff.role().name(), action, beneficiaryId,
                List.copyOf(fields)));
    }

    void record(Staff staff, AuditAction action, long beneficiaryId, String... fields) {
        record(staff, action, beneficiaryId, List.of(fields));
    }
}
