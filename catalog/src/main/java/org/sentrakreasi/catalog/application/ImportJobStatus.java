package org.sentrakreasi.catalog.application;

import java.util.List;

/** Progress of an import job (API.md: status RUNNING|DONE|FAILED, total, processed, failed, errors). */
public record ImportJobStatus(String jobId, String status, long total, long processed, long failed,
                              String message, List<RowError> errors) {

    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    /** Percentage for a progress bar: 0 until the total is known. */
    public int percent() {
        return total == 0 ? (DONE.equals(status) ? 100 : 0) : (int) Math.min(100, processed * 100 / total);
    }
}
