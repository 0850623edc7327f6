package org.sentrakreasi.catalog.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sentrakreasi.catalog.infrastructure.csv.CommonsCsvListingFile;
import org.sentrakreasi.catalog.testing.InMemoryImportJobs;

/** An import cut short by a stop goes on from its file, and ends as if it had never stopped. */
class ProductImportTest {

    private static final Actor COORDINATOR = new Actor("koordinator", Actor.Role.COORDINATOR, 1L, null);
    private static final Instant LEASE = Instant.parse("2026-11-23T12:00:00Z");
    private static final String FIRST = "first-run";
    private static final String SECOND = "second-run";
    private static final int RECORDS = 2_500;
    /** Records the CSV reader refuses (a price in words) and one the applier refuses, by line. */
    private static final Set<Long> MALFORMED = Set.of(502L, 1_702L);
    private static final long REFUSED = 2_222L;

    @TempDir
    Path dir;

    private final InMemoryImportJobs jobs = new InMemoryImportJobs();
    private String currentJob;

    @Test
    void aResumedImportSkipsWhatWasDoneAndEndsLikeOneThatNeverStopped() throws IOException {
        Path file = catalogFile();
        RecordingApplier uninterrupted = new RecordingApplier(Integer.MAX_VALUE);
        ProductImport once = new ProductImport(new CommonsCsvListingFile(), jobs, uninterrupted);
        String whole = once.register(COORDINATOR, FIRST, LEASE);
        once.run(whole, FIRST, COORDINATOR, file);
        ImportJobStatus expected = jobs.find(whole).orElseThrow();
        assertThat(expected.status()).isEqualTo(ImportJobStatus.DONE);
        assertThat(expected.processed()).isEqualTo(RECORDS);
        assertThat(expected.failed()).isEqualTo(3);

        RecordingApplier killedInSecondBatch = new RecordingApplier(1);
        ProductImport first = new ProductImport(new CommonsCsvListingFile(), jobs, killedInSecondBatch);
        String cut = first.register(COORDINATOR, FIRST, LEASE);
        assertThatThrownBy(() -> first.run(cut, FIRST, COORDINATOR, file)).isInstanceOf(ProcessKilled.class);
        ImportJobStatus left = jobs.find(cut).orElseThrow();
        assertThat(left.status()).isEqualTo(ImportJobStatus.RUNNING);
        assertThat(left.processed()).as("the first batch and the malformed line among it were saved")
                .isEqualTo(ProductImport.BATCH + 1L);
        assertThat(left.errors()).extracting(RowError::line).containsExactly(502L);

        RecordingApplier resumed = new RecordingApplier(Integer.MAX_VALUE);
        ProductImport second = new ProductImport(new CommonsCsvListingFile(), jobs, resumed);
        assertThat(second.stopped(LEASE.plusSeconds(1))).containsEntry(cut, ProductImport.BATCH + 1L);
        assertThat(second.takeOver(cut, LEASE.plusSeconds(1), SECOND, LEASE.plusSeconds(60))).isTrue();
        assertThat(second.resume(cut, SECOND, COORDINATOR, file)).isTrue();

        ImportJobStatus after = jobs.find(cut).orElseThrow();
        assertThat(after).usingRecursiveComparison().ignoringFields("jobId").isEqualTo(expected);
        assertThat(resumed.lines.get(0)).as("the first record after the saved batch").isEqualTo(ProductImport.BATCH + 3L);
        List<Long> applied = new ArrayList<>(killedInSecondBatch.lines);
        applied.addAll(resumed.lines);
        assertThat(applied).as("every good row applied once").isEqualTo(uninterrupted.lines);
    }

    @Test
    void aStoppedJobIsTakenOverByOneInstanceOnlyOrFailedAsStoppedWhileARenewedOneRuns() {
        ProductImport imports = new ProductImport(new CommonsCsvListingFile(), jobs, new RecordingApplier(0));
        String left = imports.register(COORDINATOR, FIRST, LEASE);
        String taken = imports.register(COORDINATOR, FIRST, LEASE);
        String held = imports.register(COORDINATOR, FIRST, LEASE);
        jobs.progress(left, FIRST, 3_000, 2, List.of());
        imports.renew(List.of(held), FIRST, LEASE.plusSeconds(120));
        Instant later = LEASE.plusSeconds(1);

        assertThat(imports.stopped(later)).containsOnlyKeys(left, taken);
        assertThat(imports.takeOver(taken, later, SECOND, later.plusSeconds(60))).isTrue();
        assertThat(imports.takeOver(taken, later, "third-run", later.plusSeconds(60))).as("a second instance comes too late").isFalse();
        assertThat(imports.failStopped(taken, 0, later)).as("a job taken over is not failed").isFalse();
        assertThat(imports.takeOver(held, later, SECOND, later.plusSeconds(60))).as("a renewed job is not taken").isFalse();
        assertThat(imports.failStopped(left, 3_000, LEASE)).as("not yet: its lease ended only now").isFalse();

        assertThat(imports.failStopped(left, 3_000, later)).isTrue();

        ImportJobStatus failed = jobs.find(left).orElseThrow();
        assertThat(failed.status()).isEqualTo(ImportJobStatus.FAILED);
        assertThat(failed.message()).isEqualTo(ImportMessage.STOPPED.english(3_000L));
        assertThat(imports.takeOver(left, later.plusSeconds(60), SECOND, later.plusSeconds(120))).as("a failed job stays failed").isFalse();
        assertThat(jobs.find(held).orElseThrow().status()).isEqualTo(ImportJobStatus.RUNNING);
    }

    @Test
    void anInstanceThatLostItsJobToAnotherStopsAndRecordsNothingMore() throws IOException {
        Path file = catalogFile();
        ProductImport imports = new ProductImport(new CommonsCsvListingFile(), jobs, new RecordingApplier(Integer.MAX_VALUE) {
            @Override
            public List<RowError> apply(Actor actor, List<ImportRow> rows) {
                // While the first batch is written, the instance is away longer than a lease and loses the job.
                jobs.takeOver(rows.get(0).line() == 2 ? currentJob : "none", LEASE.plusSeconds(1), SECOND, LEASE.plusSeconds(60));
                return super.apply(actor, rows);
            }
        });
        currentJob = imports.register(COORDINATOR, FIRST, LEASE);

        assertThat(imports.run(currentJob, FIRST, COORDINATOR, file)).as("the job did not end here").isFalse();

        ImportJobStatus job = jobs.find(currentJob).orElseThrow();
        assertThat(job.status()).isEqualTo(ImportJobStatus.RUNNING);
        assertThat(job.processed()).as("the lost instance recorded nothing").isZero();
        assertThat(job.errors()).isEmpty();
    }

    @Test
    void anAccountNoLongerStaffDoesNotGoOnWithItsImport() throws IOException {
        RecordingApplier applier = new RecordingApplier(Integer.MAX_VALUE);
        ProductImport imports = new ProductImport(new CommonsCsvListingFile(), jobs, applier);
        String job = imports.register(COORDINATOR, FIRST, LEASE);

        imports.resume(job, FIRST, new Actor("koordinator", Actor.Role.MAKER, null, 7L), catalogFile());

        assertThat(applier.lines).isEmpty();
        assertThat(jobs.find(job).orElseThrow().status()).isEqualTo(ImportJobStatus.FAILED);
    }

    @Test
    void aCoordinatorListsTheirOwnRecentImportsAnAdminEveryonesAMakerNone() {
        ProductImport imports = new ProductImport(new CommonsCsvListingFile(), jobs, new RecordingApplier(0));
        Actor other = new Actor("koordinator.lain", Actor.Role.COORDINATOR, 2L, null);
        String first = imports.register(COORDINATOR, FIRST, LEASE);
        String others = imports.register(other, FIRST, LEASE);
        String second = imports.register(COORDINATOR, FIRST, LEASE);

        assertThat(imports.recent(COORDINATOR, 10)).extracting(ImportJobSummary::jobId).containsExactly(second, first);
        assertThat(imports.recent(new Actor("admin", Actor.Role.ADMIN, null, null), 2))
                .extracting(ImportJobSummary::jobId).containsExactly(second, others);
        assertThatThrownBy(() -> imports.recent(new Actor("pengrajin", Actor.Role.MAKER, null, 7L), 10))
                .isInstanceOf(NotPermittedException.class);
    }

    private Path catalogFile() throws IOException {
        StringBuilder csv = new StringBuilder("sku,name,description,category,price,stock,maker,region,unit,status\n");
        for (int i = 0; i < RECORDS; i++) {
            long line = i + 2L;
            String price = MALFORMED.contains(line) ? "lima ribu" : String.valueOf(10_000 + i);
            csv.append("SKU-").append(i).append(",Keripik ").append(i).append(",,makanan,").append(price)
                    .append(",5,KUBE Mawar,,,PUBLISHED\n");
        }
        return Files.writeString(dir.resolve("catalog.csv"), csv);
    }

    /** Stands for the process dying: nothing of ProductImport's own catches it. */
    private static final class ProcessKilled extends Error {
        ProcessKilled() {
            super("the process was killed");
        }
    }

    /**
     * Records the lines it is given instead of writing listings (what a batch writes is
     * ImportRowApplier's own business), refuses line {@link #REFUSED}, and dies after a number of batches.
     */
    private static class RecordingApplier extends ImportRowApplier {

        private final List<Long> lines = new ArrayList<>();
        private int batchesBeforeDying;

        RecordingApplier(int batchesBeforeDying) {
            this.batchesBeforeDying = batchesBeforeDying;
        }

        @Override
        public List<RowError> apply(Actor actor, List<ImportRow> rows) {
            if (batchesBeforeDying-- == 0) {
                throw new ProcessKilled(); // in the middle of the batch's transaction, which is lost
            }
            rows.forEach(row -> lines.add(row.line()));
            return rows.stream().filter(row -> row.line() == REFUSED)
                    .map(row -> new RowError(row.line(), "refused")).toList();
        }
    }
}
