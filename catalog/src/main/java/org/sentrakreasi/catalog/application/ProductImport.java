package org.sentrakreasi.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** Records a new job as RUNNING and returns its id; {@link #run} then does the work. */
    public String register(Actor actor) {
        if (actor.role() == Actor.Role.MAKER) {
            throw new NotPermittedException("Only coordinators and admins import listings.");
        }
        String jobId = UUID.randomUUID().toString();
        jobs.create(jobId, actor.username());
        return jobId;
    }

    /** Marks a registered job as failed before it ran (the upload did not arrive whole). */
    public void abandon(String jobId, String reason) {
        jobs.finish(jobId, ImportJobStatus.FAILED, reason);
    }

    /** Imports the file for the job; never throws: the outcome is in the job. */
    public void run(String jobId, Actor actor, Path file) {
        Progress progress = new Progress(jobId);
        try {
            csv.requireHeader(file);
            jobs.total(jobId, csv.countRecords(file));
            List<ImportRow> batch = new ArrayList<>(BATCH);
            csv.read(file, row -> {
                batch.add(row);
                if (batch.size() == BATCH) {
                    progress.applied(batch.size(), applyIsolating(actor, batch));
                    batch.clear();
                }
            }, progress::malformed);
            progress.applied(batch.size(), applyIsolating(actor, batch));
            jobs.finish(jobId, ImportJobStatus.DONE, null);
        } catch (InvalidImportFileException e) {
            jobs.finish(jobId, ImportJobStatus.FAILED, e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Import " + jobId + " stopped", e);
            jobs.finish(jobId, ImportJobStatus.FAILED, ImportMessage.STOPPED.english(progress.processed));
        }
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

    /** Counts and reports as the import goes. */
    private final class Progress {

        private final String jobId;
        private long processed;
        private long failed;
        private final List<RowError> pending = new ArrayList<>();

        Progress(String jobId) {
            this.jobId = jobId;
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
