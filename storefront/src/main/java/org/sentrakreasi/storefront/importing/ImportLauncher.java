package org.sentrakreasi.storefront.importing;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sentrakreasi.catalog.application.Actor;
import org.sentrakreasi.catalog.application.ProductImport;
import org.sentrakreasi.storefront.config.DataDirectory;

/**
 * Streams an uploaded CSV to a file under the data directory (never into memory), then imports it
 * on a managed thread and deletes the file. The caller gets the job id at once.
 */
@ApplicationScoped
public class ImportLauncher {

    /** Large enough for a national catalog file (~100,000 rows), small enough to refuse junk. */
    public static final long MAX_UPLOAD_BYTES = 256L * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(ImportLauncher.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    ProductImport productImport;

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
                    ? "The file is larger than " + MAX_UPLOAD_BYTES / (1024 * 1024) + " MB" : "The upload was interrupted");
            throw e;
        }
        executor.submit(() -> {
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
