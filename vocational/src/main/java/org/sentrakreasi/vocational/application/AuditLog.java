package org.sentrakreasi.vocational.application;

import java.util.List;

/** Port: the append-only log of staff access to beneficiaries' private data. */
public interface AuditLog {

    /** Appends the event in the caller's transaction: no access without its audit row. */
    void record(AuditEvent event);

    /** Newest first; {@code beneficiaryId} null for every beneficiary. */
    List<AuditEvent> page(Long beneficiaryId, int page, int size);

    long count(Long beneficiaryId);
}
