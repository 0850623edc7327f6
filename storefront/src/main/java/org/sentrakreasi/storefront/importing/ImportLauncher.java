package org.sentrakreasi.storefront.importing;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
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
 * <p>The worker is scheduled at start-up rather than a task submitted per upload: a task submitted
 * from a page request ran in that request's container context, and both closed the same
 * non-transactional persistence context, which Payara logged as SEVERE after every import.
 */
@ApplicationScoped
public class ImportLauncher {

    /** Large enough for a national catalog file (~100,000 rows), small enough to refuse junk. */
    public static final long MAX_UPLOAD_BYTES = 256L * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(ImportLauncher.class.getName());

    private static final long POLL_MILLIS = 200;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ProductImport productImport;

    private final Queue<Runnable> queued = new ConcurrentLinkedQueue<>();
    private ScheduledFuture<?> worker;

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
        worker = scheduler.scheduleWithFixedDelay(this::importQueued, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void importQueued() {
        Runnable next;
        while ((next = queued.poll()) != null) {
            try {
                next.run();
            } catch (RuntimeException e) {
                // ProductImport records every failure in its job; this keeps the worker alive regardless.
                LOG.log(Level.SEVERE, "An import stopped unexpectedly", e);
            }
        }
    }

    @PreDestroy
    void stop() {
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
