package org.sentrakreasi.catalog.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Port: where import jobs and their rejected lines are kept, so that any instance can report progress.
 *
 * <p>A RUNNING job is leased by the instance that holds its file: that instance renews the lease while
 * the job waits or runs, so that a job whose instance stopped can be told from one that is merely
 * slow, also by another instance on the same database. A job whose lease ended can be taken over by
 * one instance (the conditional updates below let only one succeed) or failed.
 */
public interface ImportJobs {

    /** At most this many rejected lines are kept per job; the count of failures is always exact. */
    int MAX_STORED_ERRORS = 1000;

    void create(String jobId, String createdBy, Instant leaseUntil);

    void total(String jobId, long total);

    void progress(String jobId, long processed, long failed, List<RowError> newErrors);

    void finish(String jobId, String status, String message);

    /** Extends the lease of those jobs that are still RUNNING; returns how many that was. */
    int renew(Collection<String> jobIds, Instant leaseUntil);

    /** RUNNING jobs whose lease ended before {@code now}, with the rows each had processed. */
    Map<String, Long> expired(Instant now);

    /**
     * Leases a RUNNING job whose lease ended before {@code now} to the caller until {@code leaseUntil}.
     *
     * @return whether this call took it (false when someone renewed, took or finished it meanwhile)
     */
    boolean takeOver(String jobId, Instant now, Instant leaseUntil);

    /**
     * Fails a RUNNING job whose lease ended before {@code endedBefore}, unless it was renewed, taken
     * over or finished meanwhile.
     *
     * @return whether this call failed it
     */
    boolean failExpired(String jobId, Instant endedBefore, String message);

    Optional<ImportJobStatus> find(String jobId);

    Optional<String> createdBy(String jobId);

    /** The newest jobs first, all of them or those {@code createdBy} started. */
    List<ImportJobSummary> recent(Optional<String> createdBy, int limit);
}
