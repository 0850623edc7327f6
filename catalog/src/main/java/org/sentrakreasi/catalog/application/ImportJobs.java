package org.sentrakreasi.catalog.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Port: where import jobs and their rejected lines are kept, so that any instance can report progress.
 *
 * <p>A RUNNING job is leased by the instance that holds its file (its {@code owner}, a token of that
 * instance's run): the owner renews the lease while the job waits or runs, so that a job whose
 * instance stopped can be told from one that is merely slow, also by another instance on the same
 * database. A job whose lease ended can be taken over by one instance (the conditional updates below
 * let only one succeed) or failed. Only the owner's progress and outcome are recorded: an instance
 * that lost a job (it was frozen longer than a lease) learns so from a {@code false} and stops.
 */
public interface ImportJobs {

    /** At most this many rejected lines are kept per job; the count of failures is always exact. */
    int MAX_STORED_ERRORS = 1000;

    void create(String jobId, String createdBy, String owner, Instant leaseUntil);

    /** @return false when {@code owner} no longer holds the job */
    boolean total(String jobId, String owner, long total);

    /** @return false when {@code owner} no longer holds the job; nothing is recorded then */
    boolean progress(String jobId, String owner, long processed, long failed, List<RowError> newErrors);

    /** Ends a RUNNING job; @return false when {@code owner} no longer holds it, which then stays as it is */
    boolean finish(String jobId, String owner, String status, String message);

    /** Extends the lease of those jobs {@code owner} holds that are still RUNNING; returns how many that was. */
    int renew(Collection<String> jobIds, String owner, Instant leaseUntil);

    /** RUNNING jobs whose lease ended before {@code now}, with the rows each had processed. */
    Map<String, Long> expired(Instant now);

    /**
     * Leases a RUNNING job whose lease ended before {@code now} to the caller until {@code leaseUntil}.
     *
     * @return whether this call took it (false when someone renewed, took or finished it meanwhile)
     */
    boolean takeOver(String jobId, Instant now, String owner, Instant leaseUntil);

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
