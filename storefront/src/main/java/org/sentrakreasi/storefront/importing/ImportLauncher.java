package org.sentrakreasi.storefront.importing;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedExecutors;
import jakarta.enterprise.concurrent.ManagedTask;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sentrakreasi.catalog.application.Actor;
import org.sentrakreasi.catalog.application.ImportMessage;
import org.sentrakreasi.catalog.application.ProductImport;
import org.sentrakreasi.storefront.config.ConfigKeys;
import org.sentrakreasi.storefront.security.UserAccounts;

/**
 * Runs CSV imports: an upload is streamed to its file ({@link ImportFiles}) and queued; a worker started
 * with the application imports the queued files one at a time (on two cores, two imports at once
 * finish no sooner) and deletes them. The caller gets the job id at once.
 *
 * <p>Jobs are leased ({@code ImportJobs}): a second thread renews the leases of the jobs this instance
 * holds, four times per lease. It also looks after jobs whose lease ended, whichever instance held
 * them: one whose file is here is taken over and resumed where it stopped (an instance that crashed
 * or was redeployed does so when it is back; with a data directory several instances share, one of
 * them does); one whose upload was cut short fails as interrupted; one no instance took over within
 * a further lease fails as stopped. So no job shows RUNNING for long after its instance stopped.
 * Only the holder of a job records its progress and outcome ({@link #owner}): an instance that was
 * away longer than a lease finds its job taken, stops, and leaves the file to the new holder.
 *
 * <p>The worker is one long-running task submitted at start-up rather than a task per upload: a task
 * submitted from a page request ran in that request's container context, and both closed the same
 * non-transactional persistence context, which Payara logged as SEVERE after every import. It is
 * not a scheduled task: the scheduled executor has one thread, and an import there held back the
 * search outbox's drain (search caught up 7.5 s after a 100,000-row import instead of 0.4 s). The
 * leases have a thread of their own for the same reason: a search index rebuild on that one thread
 * can take longer than a lease, and a lapsed lease would give a live import away.
 */
@ApplicationScoped
public class ImportLauncher {

    private static final Logger LOG = Logger.getLogger(ImportLauncher.class.getName());

    /** How often the worker looks up from an empty queue to see whether the application stops. */
    private static final long WAIT_SECONDS = 1;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    ProductImport productImport;

    @Inject
    ImportFiles files;

    @Inject
    UserAccounts accounts;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = ConfigKeys.IMPORT_LEASE_SECONDS, defaultValue = "60")
    long leaseSeconds;

    /** This run of the application, as the holder of its jobs' leases (ImportJobs): a restart is another. */
    private final String owner = UUID.randomUUID().toString();
    private final BlockingQueue<Runnable> queued = new LinkedBlockingQueue<>();
    /** The jobs this instance queued and has not finished: their leases are renewed. */
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;
    private Future<?> worker;

    /** @throws UploadTooLargeException past {@link ImportFiles#MAX_UPLOAD_BYTES}; nothing is imported then */
    public String start(Actor actor, InputStream upload) throws IOException {
        String jobId = productImport.register(actor, owner, leaseEnd());
        held.add(jobId);
        Path file;
        try {
            file = files.receive(jobId, upload);
        } catch (IOException | RuntimeException e) {
            held.remove(jobId);
            productImport.abandon(jobId, owner, e instanceof UploadTooLargeException
                    ? ImportMessage.TOO_BIG.english(ImportFiles.MAX_UPLOAD_BYTES / (1024 * 1024))
                    : ImportMessage.INTERRUPTED.english());
            throw e;
        }
        queue(jobId, () -> productImport.run(jobId, owner, actor, file));
        return jobId;
    }

    /** Called once at start-up. */
    public void start() {
        // Marked long-running: the container would otherwise report the ever-waiting worker as hung.
        worker = executor.submit(ManagedExecutors.managedTask(this::importQueued,
                Map.of(ManagedTask.LONGRUNNING_HINT, "true"), null));
        Thread leaseKeeper = threads.newThread(this::keepLeases);
        leaseKeeper.setName("import-leases");
        leaseKeeper.setDaemon(true);
        leaseKeeper.start();
    }

    private Instant leaseEnd() {
        return clock.instant().plusSeconds(leaseSeconds);
    }

    /** @param importJob true when the job ended here, false when another instance took it (and its file) over */
    private void queue(String jobId, BooleanSupplier importJob) {
        queued.add(() -> {
            boolean ended = false;
            try {
                ended = importJob.getAsBoolean();
            } finally {
                held.remove(jobId);
                if (ended) {
                    deleteFiles(jobId);
                }
            }
        });
    }

    private void importQueued() {
        while (!stopping) {
            try {
                Runnable next = queued.poll(WAIT_SECONDS, TimeUnit.SECONDS);
                if (next != null) {
                    next.run();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                // ProductImport records its failures in the job; whatever else ends an import (even
                // running out of memory) must not end the worker, or every later upload would wait forever.
                LOG.log(Level.SEVERE, "An import stopped unexpectedly", e);
            }
        }
    }

    private void keepLeases() {
        long rounds = 0;
        while (!stopping) {
            try {
                productImport.renew(List.copyOf(held), owner, leaseEnd());
                productImport.stopped(clock.instant()).forEach(this::takeOverOrFail);
                if (rounds++ % 4 == 0) {
                    deleteFilesOfEndedJobs();
                }
            } catch (RuntimeException | Error e) {
                // The database may be away for a moment; the next round comes well within the lease. Not
                // even an Error may end this thread: every job of the instance would lapse while it runs.
                LOG.log(Level.WARNING, "Looking after the import jobs'' leases failed: {0}", e.toString());
            }
            sleepUntilNextRound();
        }
    }

    /**
     * A quarter of a lease, in steps of a second, so that a stop is seen soon: the thread is not
     * interrupted, which could interrupt a database call (embedded H2 closes its file then).
     */
    private void sleepUntilNextRound() {
        long steps = Math.max(1, leaseSeconds / 4);
        for (long step = 0; step < steps && !stopping; step++) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Files whose job ended elsewhere (another instance failed or finished it while this one was away)
     * or is unknown would stay for good: up to 256 MB each. A file of a job still RUNNING stays, whoever
     * holds it (several instances may share the folder).
     */
    private void deleteFilesOfEndedJobs() {
        for (String jobId : files.jobIds()) {
            if (!held.contains(jobId) && !productImport.isRunning(jobId)) {
                deleteFiles(jobId);
            }
        }
    }

    /** A job whose lease ended: resumed from its file if it is here, failed otherwise (see the class comment). */
    private void takeOverOrFail(String jobId, long processed) {
        if (held.contains(jobId)) {
            return;
        }
        Instant now = clock.instant();
        Optional<Path> file = files.find(jobId);
        // Whom to run it as is read only when the file is here: most stopped jobs are other instances'.
        Optional<Actor> actor = file.isPresent() ? productImport.startedBy(jobId).flatMap(accounts::actor) : Optional.empty();
        if (actor.isPresent()) {
            if (productImport.takeOver(jobId, now, owner, leaseEnd())) {
                held.add(jobId);
                LOG.log(Level.INFO, "Resuming import {0} after row {1}: its instance stopped",
                        new Object[] {jobId, String.valueOf(processed)});
                queue(jobId, () -> productImport.resume(jobId, owner, actor.get(), file.get()));
            }
        } else if (files.isCutShort(jobId)) {
            if (productImport.failCutUpload(jobId, now)) {
                deleteFiles(jobId);
            }
        } else if (productImport.failStopped(jobId, processed, now.minusSeconds(leaseSeconds))) {
            // Its instance had a lease's time to come back for it, and did not.
            deleteFiles(jobId);
        }
    }

    private void deleteFiles(String jobId) {
        try {
            files.delete(jobId);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete the file of import {0}", jobId);
        }
    }

    /**
     * Not interrupted: an import in the middle of a transaction finishes its batch; the worker then ends,
     * and so does the lease thread within a second. An import still going when the process exits is
     * resumed from its file once its lease ends.
     */
    @PreDestroy
    void stop() {
        stopping = true;
        if (worker != null) {
            worker.cancel(false);
        }
    }
}
