package org.sentrakreasi.catalog.application;

import java.util.List;
import java.util.Optional;

/** Port: where import jobs and their rejected lines are kept, so that any instance can report progress. */
public interface ImportJobs {

    /** At most this many rejected lines are kept per job; the count of failures is always exact. */
    int MAX_STORED_ERRORS = 1000;

    void create(String jobId, String createdBy);

    void total(String jobId, long total);

    void progress(String jobId, long processed, long failed, List<RowError> newErrors);

    void finish(String jobId, String status, String message);

    Optional<ImportJobStatus> find(String jobId);

    Optional<String> createdBy(String jobId);
}
