package org.sentrakreasi.vocational.application;

import java.time.Instant;
import java.util.List;

/** An audit row as the API shows it; ids are strings as everywhere in the API. */
public record AuditEntrySummary(Instant at, String username, String role, String action, String beneficiaryId,
                                List<String> fields) {
}
