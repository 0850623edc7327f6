package org.sentrakreasi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Uploads the generated CSV to the import API and follows the job until it is done. The clock runs
 * from the start of the upload, so the rate includes what a coordinator waits for: transfer,
 * parsing, validation and the database writes (indexing is measured separately by {@link SearchCatchUp}).
 */
public final class CatalogImport {

    static final String IMPORT = "/api/v1/admin/products/import";
    static final String JOBS = "/api/v1/admin/import-jobs/";
    static final Duration POLL = Duration.ofMillis(200);
    static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);

    /** {@code doneAtNanos} is System.nanoTime() when DONE was seen; the catch-up is measured from it. */
    public record ImportResult(long rows, long processed, long failed, double seconds, long doneAtNanos) {

        public double rowsPerSecond() {
            return seconds > 0 ? rows / seconds : 0;
        }
    }

    private final ApiClient api;

    public CatalogImport(ApiClient api) {
        this.api = api;
    }

    public ImportResult run(Path csv, long rows) throws IOException, InterruptedException {
        System.out.printf("Importing %,d rows from %s ...%n", rows, csv);
        long start = System.nanoTime();
        String jobId = api.postCsv(IMPORT, csv, 202).path("jobId").asText();
        if (jobId.isEmpty()) {
            throw new IOException("The import answered 202 without a jobId");
        }
        System.out.printf("  upload done after %.1f s, job %s%n", seconds(start), jobId);
        long lastPrinted = System.nanoTime();
        while (true) {
            JsonNode job = api.getAuthorizedJson(JOBS + jobId);
            String status = job.path("status").asText();
            long processed = job.path("processed").asLong();
            long failed = job.path("failed").asLong();
            if ("DONE".equals(status)) {
                long doneAt = System.nanoTime();
                double seconds = (doneAt - start) / 1e9;
                System.out.printf("  DONE: %,d processed, %,d failed in %.1f s%n", processed, failed, seconds);
                printErrors(job);
                return new ImportResult(rows, processed, failed, seconds, doneAt);
            }
            if ("FAILED".equals(status)) {
                printErrors(job);
                throw new IOException("Import job " + jobId + " FAILED: " + job.path("message").asText(job.toString()));
            }
            if (System.nanoTime() - lastPrinted >= PROGRESS_EVERY.toNanos()) {
                long total = job.path("total").asLong();
                System.out.printf("  %s %,d/%s processed, %,d failed, %.0f s%n", status, processed,
                        total > 0 ? String.format("%,d", total) : "?", failed, seconds(start));
                lastPrinted = System.nanoTime();
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** The first few refused rows: a generator change that breaks the format shows up here at once. */
    private static void printErrors(JsonNode job) {
        JsonNode errors = job.path("errors");
        for (int i = 0; i < Math.min(5, errors.size()); i++) {
            System.out.printf("  line %s: %s%n", errors.get(i).path("line").asText(), errors.get(i).path("message").asText());
        }
    }

    static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }
}
