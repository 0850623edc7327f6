package org.sentrakreasi.vocational.application;

import java.util.List;

/** A page of the audit log, newest first. */
public record AuditPage(long total, int page, int size, List<AuditEntrySummary> items) {
}
