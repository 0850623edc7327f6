package org.sentrakreasi.catalog.application;

import java.time.Instant;

/** One import in a list of recent ones: who started it when, and how far it got. */
public record ImportJobSummary(String jobId, String status, long total, long processed, long failed,
                               String startedBy, Instant startedAt) {
}
