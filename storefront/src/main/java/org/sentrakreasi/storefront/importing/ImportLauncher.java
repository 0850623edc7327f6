package org.sentrakreasi.storefront.importing;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedExecutors;
import jakarta.enterprise.concurrent.ManagedTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sentrakreasi.catalog.application.Actor;
import org.sentrakreasi.catalog.application.ImportMessage;
import org.sentrakreasi.catalog.application.ProductImport;
import org.sentrakreasi.storefront.config.DataDirectory;

/**
 * Streams an uploaded CSV to a file under the data directory (never into memory), then queues it;
 * a worker started with the application imports the queued files one at a time (on two cores, two
 * imports at once finish no sooner) and deletes them. The caller gets the job id at once.
 *
 * <p>The worker is one long-running task submitted at start-up rather than a task per upload: a task
 * submitted from a page request ran in that request's container context, and both closed the same
 * non-transactional persistence context, which Payara logged as SEVERE after every import. It is
 * not a scheduled task: the scheduled executor has one thread, and an import there held back the
 * search outbox's drain (search caught up 7.5 s after a 100,000-row import instead of 0.4 s).
 */
@ApplicationScoped
public class ImportLauncher {

    /** Large enough for a national catalog file (~100,000 rows), small enough to refuse junk. */
    public static final long MAX_UPLOAD_BYTES = 256L * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(ImportLauncher.class.getName());

    /** How often the worker looks up from an empty queue to see whether the application stops. */
    private static final long WAIT_SECONDS = 1;

    @Resource
    ManagedExecutorService executor;

    @Inject
    ProductImport productImport;

    private final BlockingQueue<Runnable> queued = new LinkedBlockingQueue<>();
    private volatile boolean stopping;
    private Future<?> worker;

    @Inject
    DataDirectory dataDirectory;

    /** @throws UploadTooLargeException past {@link #MAX_UPLOAD_BYTES}; nothing is imported then */
    public String start(Actor actor, InputStream upload) throws IOException {
        String jobId = productImport.register(actor);
        Path file = dataDirectory.folder("imports").resolve(jobId + ".csv");
        try {
            copyLimited(upload, file);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            productImport.abandon(jobId, e instanceof UploadTooLargeException
                    ? ImportMessage.TOO_BIG.english(MAX_UPLOAD_BYTES / (1024 * 1024)) : ImportMessage.INTERRUPTED.english());
            throw e;
        }
        queued.add(() -> {
            try {
                productImport.run(jobId, actor, file);
            } finally {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "Could not delete import file {0}", file);
                }
            }
        });
        return jobId;
    }

    /** Called once at start-up. */
    public void start() {
        // Marked long-running: the container would otherwise report the ever-waiting worker as hung.
        worker = executor.submit(ManagedExecutors.managedTask(this::importQueued,
                Map.of(ManagedTask.LONGRUNNING_HINT, "true"), null));
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

    /** Not interrupted: an import in the middle of a transaction finishes its batch; the worker then ends. */
    @PreDestroy
    void stop() {
        stopping = true;
        if (worker != null) {
            worker.cancel(false);
        }
    }

    private static void copyLimited(InputStream upload, Path file) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            int read;
            while ((read = upload.read(buffer)) != -1) {
                total += read;
                if (total > MAX_UPLOAD_BYTES) {
                    throw new UploadTooLargeException();
                }
                out.write(buffer, 0, read);
            }
        }
    }
}
