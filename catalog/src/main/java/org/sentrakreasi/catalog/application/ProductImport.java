package org.sentrakreasi.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
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
     * Records a new job as RUNNING, leased to {@code owner} until {@code leaseUntil} (see {@link ImportJobs}),
     * and returns its id; {@link #run} then does the work.
     */
    public String register(Actor actor, String owner, Instant leaseUntil) {
        if (actor.role() == Actor.Role.MAKER) {
            throw new NotPermittedException("Only coordinators and admins import listings.");
        }
        String jobId = UUID.randomUUID().toString();
        jobs.create(jobId, actor.username(), owner, leaseUntil);
        return jobId;
    }

    /** Marks a registered job as failed before it ran (the upload did not arrive whole). */
    public void abandon(String jobId, String owner, String reason) {
        jobs.finish(jobId, owner, ImportJobStatus.FAILED, reason);
    }

    /**
     * Imports the file for the job; never throws: the outcome is in the job.
     *
     * @return true when the job ended here; false when {@code owner} lost it to another instance
     *         (it was away longer than a lease) and stopped, leaving the job and its file to that one
     */
    public boolean run(String jobId, String owner, Actor actor, Path file) {
        return importFile(actor, file, new Progress(jobId, owner, 0, 0));
    }

    /**
     * Goes on with a job that stopped (see {@link #takeOver}) from its file: the lines it had already
     * processed are skipped (their rows were committed before the progress that counts them, their
     * errors with it), the rest are imported, so the job ends as if it had never stopped. A batch
     * saved just before the stop is applied again, which changes nothing (imports are idempotent by
     * sku). Never throws.
     *
     * @return as {@link #run}; true also when the job had already ended
     */
    public boolean resume(String jobId, String owner, Actor actor, Path file) {
        Optional<ImportJobStatus> job = jobs.find(jobId).filter(j -> ImportJobStatus.RUNNING.equals(j.status()));
        if (job.isEmpty()) {
            return true;
        }
        if (actor.role() == Actor.Role.MAKER) {
            // The account is no longer staff: what it may import is no longer what it started.
            jobs.finish(jobId, owner, ImportJobStatus.FAILED, ImportMessage.STOPPED.english(job.get().processed()));
            return true;
        }
        return importFile(actor, file, new Progress(jobId, owner, job.get().processed(), job.get().failed()));
    }

    /** Whether the job is still waiting or running (somewhere); false also for an unknown job. */
    public boolean isRunning(String jobId) {
        return jobs.find(jobId).map(job -> ImportJobStatus.RUNNING.equals(job.status())).orElse(false);
    }

    /** Whom a job runs as: the account that started it. */
    public Optional<String> startedBy(String jobId) {
        return jobs.createdBy(jobId);
    }

    /** Keeps the jobs {@code owner} holds (waiting or running) leased until {@code leaseUntil}. */
    public void renew(Collection<String> jobIds, String owner, Instant leaseUntil) {
        jobs.renew(jobIds, owner, leaseUntil);
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
    public boolean takeOver(String jobId, Instant now, String owner, Instant leaseUntil) {
        return jobs.takeOver(jobId, now, owner, leaseUntil);
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

    private boolean importFile(Actor actor, Path file, Progress progress) {
        String jobId = progress.jobId;
        try {
            csv.requireHeader(file);
            if (!jobs.total(jobId, progress.owner, csv.countRecords(file))) {
                throw new LeaseLost();
            }
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
            return jobs.finish(jobId, progress.owner, ImportJobStatus.DONE, null);
        } catch (LeaseLost e) {
            LOG.log(Level.WARNING, "Import {0} was taken over by another instance; this one stops", jobId);
            return false;
        } catch (InvalidImportFileException e) {
            return jobs.finish(jobId, progress.owner, ImportJobStatus.FAILED, e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Import " + jobId + " stopped", e);
            return jobs.finish(jobId, progress.owner, ImportJobStatus.FAILED, ImportMessage.STOPPED.english(progress.processed));
        }
    }

    /** The caller no longer holds the job: another instance took it over. */
    private static final class LeaseLost extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LeaseLost() {
            super(null, null, false, false);
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
            RuntimeException firstRefusal = null;
            long firstLine = 0;
            for (ImportRow row : batch) {
                try {
                    errors.addAll(applier.apply(actor, List.of(row)));
                } catch (RuntimeException rowFailed) {
                    errors.add(new RowError(row.line(), ImportMessage.CONFLICT.english()));
                    if (firstRefusal == null) {
                        firstRefusal = rowFailed;
                        firstLine = row.line();
                    }
                }
            }
            if (firstRefusal != null) {
                // The row is reported to the coordinator as a conflict; what the database said is for
                // the operator, by type and SQLSTATE only (its text may quote the row).
                LOG.log(Level.WARNING, "The database refused import rows, the first at line {0}: {1}",
                        new Object[] {firstLine, refusal(firstRefusal)});
            }
            return errors;
        }
    }

    /** The failure's deepest cause by type, with the SQLSTATE of the database error among its causes. */
    private static String refusal(Throwable failure) {
        Throwable deepest = failure;
        String state = null;
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            deepest = cause;
            if (state == null && cause instanceof SQLException sql) {
                state = sql.getSQLState();
            }
        }
        return deepest.getClass().getName() + (state == null ? "" : " (SQLSTATE " + state + ")");
    }

    /**
     * Counts and reports as the import goes. A resumed job starts from its saved counts, and the records
     * they cover (rows and malformed lines alike, in file order) are skipped.
     */
    private final class Progress {

        private final String jobId;
        private final String owner;
        private long processed;
        private long failed;
        private long toSkip;
        private final List<RowError> pending = new ArrayList<>();

        Progress(String jobId, String owner, long processed, long failed) {
            this.jobId = jobId;
            this.owner = owner;
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
            if (!jobs.progress(jobId, owner, processed, failed, List.copyOf(pending))) {
                throw new LeaseLost();
            }
            pending.clear();
        }
    }
}
