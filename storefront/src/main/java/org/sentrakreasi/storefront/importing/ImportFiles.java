package org.sentrakreasi.storefront.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sentrakreasi.storefront.config.DataDirectory;

/**
 * The uploaded CSV files in {@code <data dir>/imports}, one per job: {@code <job>.csv.part} while it
 * arrives, renamed to {@code <job>.csv} once whole, so that an upload cut short is never taken for a
 * file; a file stays until its import ends, so that a stopped import can go on from it.
 */
@ApplicationScoped
public class ImportFiles {

    /** Large enough for a national catalog file (~100,000 rows), small enough to refuse junk. */
    public static final long MAX_UPLOAD_BYTES = 256L * 1024 * 1024;

    /** A job id (a UUID) and the file's ending; anything else in the folder is not ours. */
    private static final Pattern JOB_FILE = Pattern.compile("([0-9a-f-]{36})\\.csv(\\.part)?");

    @Inject
    DataDirectory dataDirectory;

    /**
     * Streams an upload to the job's file, never into memory.
     *
     * @throws UploadTooLargeException past {@link #MAX_UPLOAD_BYTES}; nothing is kept then
     */
    public Path receive(String jobId, InputStream upload) throws IOException {
        Path part = part(jobId);
        try {
            copyLimited(upload, part);
            return Files.move(part, whole(jobId), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
    }

    /** The job's whole file, if this data directory has it. */
    public Optional<Path> find(String jobId) {
        Path file = whole(jobId);
        return Files.exists(file) ? Optional.of(file) : Optional.empty();
    }

    /** Whether an upload for the job began here and never became whole. */
    public boolean isCutShort(String jobId) {
        return Files.exists(part(jobId));
    }

    /** The jobs this data directory holds a file of, whole or partial. */
    public Set<String> jobIds() {
        try (Stream<Path> listed = Files.list(dataDirectory.folder("imports"))) {
            return listed.map(file -> JOB_FILE.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches).map(name -> name.group(1))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes whatever this data directory holds of the job. */
    public void delete(String jobId) throws IOException {
        Files.deleteIfExists(whole(jobId));
        Files.deleteIfExists(part(jobId));
    }

    private Path whole(String jobId) {
        return dataDirectory.folder("imports").resolve(jobId + ".csv");
    }

    private Path part(String jobId) {
        return dataDirectory.folder("imports").resolve(jobId + ".csv.part");
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
