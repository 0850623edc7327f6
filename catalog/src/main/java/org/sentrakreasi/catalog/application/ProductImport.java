package org.sentrakreasi.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bulk import of listings from CSV (API.md): streams the file, applies rows in batches, reports
 * progress and per-line errors, and is idempotent by sku. Bad lines never stop good ones.
 */
@ApplicationScoped
public class ProductImport {

    static final int BATCH = 1000;
    private static final Logger LOG = Logger.getLogger(ProductImport.class.getName());

    private ListingCsv csv;
    private ImportJobs jobs;
    private ImportRowApplier applier;

    protected ProductImport() {
        // for CDI proxies
    }

    @Inject
    public ProductImport(ListingCsv csv, ImportJobs jobs, ImportRowApplier applier) {
        this.csv = csv;
        this.jobs = jobs;
        this.applier = applier;
    }

    /**
     * Records a new job as RUNNING, leased to the caller until {@code leaseUntil} (see {@link ImportJobs}),
     * and returns its id; {@link #run} then does the work.
     */
    public String register(Actor actor, Instant leaseUntil) {
        if (actor.role() == Actor.Role.MAKER) {
            throw new NotPermittedException("Only coordinators and admins import listings.");
        }
        String jobId = UUID.randomUUID().toString();
        jobs.create(jobId, actor.username(), leaseUntil);
        return jobId;
    }

    /** Marks a registered job as failed before it ran (the upload did not arrive whole). */
    public void abandon(String jobId, String reason) {
        jobs.finish(jobId, ImportJobStatus.FAILED, reason);
    }

    /** Imports the file for the job; never throws: the outcome is in the job. */
    public void run(String jobId, Actor actor, Path file) {
        importFile(actor, file, new Progress(jobId, 0, 0));
    }

    /**
     * Goes on with a job that stopped (see {@link #takeOver}) from its file: the lines it had already
     * processed are skipped (their rows were saved and their errors recorded, in the same commits as
     * the progress), the rest are imported, so the job ends as if it had never stopped. A batch saved
     * just before the stop is applied again, which changes nothing (imports are idempotent by sku).
     * Never throws.
     */
    public void resume(String jobId, Actor actor, Path file) {
        jobs.find(jobId).ifPresent(job -> {
            if (actor.role() == Actor.Role.MAKER) {
                // The account is no longer staff: what it may import is no longer what it started.
                jobs.finish(jobId, ImportJobStatus.FAILED, ImportMessage.STOPPED.english(job.processed()));
            } else {
                importFile(actor, file, new Progress(jobId, job.processed(), job.failed()));
            }
        });
    }

    /** Whom a job runs as: the account that started it. */
    public Optional<String> startedBy(String jobId) {
        return jobs.createdBy(jobId);
    }

    /** Keeps the jobs the caller holds (waiting or running) leased until {@code leaseUntil}. */
    public void renew(Collection<String> jobIds, Instant leaseUntil) {
        jobs.renew(jobIds, leaseUntil);
    }

    /** RUNNING jobs whose lease ended before {@code now} (their instance stopped), with the rows each had processed. */
    public Map<String, Long> stopped(Instant now) {
        return jobs.expired(now);
    }

    /**
     * Leases a stopped job to the caller, for {@link #resume}.
     *
     * @return false when another instance took it, or it ended, first
     */
    public boolean takeOver(String jobId, Instant now, Instant leaseUntil) {
        return jobs.takeOver(jobId, now, leaseUntil);
    }

    /**
     * Fails a job whose lease ended before {@code endedBefore}, as stopped after the rows it had
     * processed: those stay saved, and the message says so.
     *
     * @return false when it was taken over, renewed or ended meanwhile
     */
    public boolean failStopped(String jobId, long processed, Instant endedBefore) {
        return jobs.failExpired(jobId, endedBefore, ImportMessage.STOPPED.english(processed));
    }

    /** Fails a job whose upload was cut short by a stop, once its lease ended before {@code endedBefore}. */
    public boolean failCutUpload(String jobId, Instant endedBefore) {
        return jobs.failExpired(jobId, endedBefore, ImportMessage.INTERRUPTED.english());
    }

    private void importFile(Actor actor, Path file, Progress progress) {
        String jobId = progress.jobId;
        try {
            csv.requireHeader(file);
            jobs.total(jobId, csv.countRecords(file));
            List<ImportRow> batch = new ArrayList<>(BATCH);
            csv.read(file, row -> {
                if (progress.skip()) {
                    return;
                }
                batch.add(row);
                if (batch.size() == BATCH) {
                    progress.applied(batch.size(), applyIsolating(actor, batch));
                    batch.clear();
                }
            }, error -> {
                if (!progress.skip()) {
                    progress.malformed(error);
                }
            });
            progress.applied(batch.size(), applyIsolating(actor, batch));
            jobs.finish(jobId, ImportJobStatus.DONE, null);
        } catch (InvalidImportFileException e) {
            jobs.finish(jobId, ImportJobStatus.FAILED, e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Import " + jobId + " stopped", e);
            jobs.finish(jobId, ImportJobStatus.FAILED, ImportMessage.STOPPED.english(progress.processed));
        }
    }

    /** The newest imports first: a coordinator's own, all of them for an admin. */
    public List<ImportJobSummary> recent(Actor actor, int limit) {
        return switch (actor.role()) {
            case ADMIN -> jobs.recent(Optional.empty(), limit);
            case COORDINATOR -> jobs.recent(Optional.of(actor.username()), limit);
            case MAKER -> throw new NotPermittedException("Only coordinators and admins import listings.");
        };
    }

    public Optional<ImportJobStatus> status(Actor actor, String jobId) {
        Optional<String> owner = jobs.createdBy(jobId);
        if (owner.isPresent() && actor.role() != Actor.Role.ADMIN && !owner.get().equals(actor.username())) {
            throw new NotPermittedException("This import was started by someone else.");
        }
        return jobs.find(jobId);
    }

    /**
     * A batch in one transaction; if the database refuses it as a whole (a row breaks a constraint),
     * the rows go in one by one so that only the offending row is lost.
     */
    private List<RowError> applyIsolating(Actor actor, List<ImportRow> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        try {
            return applier.apply(actor, batch);
        } catch (RuntimeException batchFailed) {
            List<RowError> errors = new ArrayList<>();
            for (ImportRow row : batch) {
                try {
                    errors.addAll(applier.apply(actor, List.of(row)));
                } catch (RuntimeException rowFailed) {
                    errors.add(new RowError(row.line(), ImportMessage.CONFLICT.english()));
                }
            }
            return errors;
        }
    }

    /**
     * Counts and reports as the import goes. A resumed job starts from its saved counts, and the records
     * they cover (rows and malformed lines alike, in file order) are skipped.
     */
    private final class Progress {

        private final String jobId;
        private long processed;
        private long failed;
        private long toSkip;
        private final List<RowError> pending = new ArrayList<>();

        Progress(String jobId, long processed, long failed) {
            this.jobId = jobId;
            this.processed = processed;
            this.failed = failed;
            this.toSkip = processed;
        }

        /** Whether the next record was processed before the job stopped. */
        boolean skip() {
            if (toSkip == 0) {
                return false;
            }
            toSkip--;
            return true;
        }

        void malformed(RowError error) {
            processed++;
            failed++;
            pending.add(error);
        }

        void applied(int rows, List<RowError> errors) {
            processed += rows;
            failed += errors.size();
            pending.addAll(errors);
            jobs.progress(jobId, processed, failed, List.copyOf(pending));
            pending.clear();
        }
    }
}
