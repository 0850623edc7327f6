package org.sentrakreasi.catalog.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sentrakreasi.catalog.application.ImportJobStatus;
import org.sentrakreasi.catalog.application.ImportJobSummary;
import org.sentrakreasi.catalog.application.ImportJobs;
import org.sentrakreasi.catalog.application.RowError;

/** {@link ImportJobs} in a map, keeping every error (the cap is the database adapter's business). */
public final class InMemoryImportJobs implements ImportJobs {

    private static final class Job {
        private final String createdBy;
        private final Instant createdAt = Instant.now();
        private String status = ImportJobStatus.RUNNING;
        private long total;
        private long processed;
        private long failed;
        private String message;
        private Instant leaseUntil;
        private final List<RowError> errors = new ArrayList<>();

        Job(String createdBy, Instant leaseUntil) {
            this.createdBy = createdBy;
            this.leaseUntil = leaseUntil;
        }
    }

    private final Map<String, Job> jobs = new LinkedHashMap<>();

    @Override
    public void create(String jobId, String createdBy, Instant leaseUntil) {
        jobs.put(jobId, new Job(createdBy, leaseUntil));
    }

    @Override
    public void total(String jobId, long total) {
        jobs.get(jobId).total = total;
    }

    @Override
    public void progress(String jobId, long processed, long failed, List<RowError> newErrors) {
        Job job = jobs.get(jobId);
        job.processed = processed;
        job.failed = failed;
        job.errors.addAll(newErrors);
    }

    @Override
    public void finish(String jobId, String status, String message) {
        jobs.get(jobId).status = status;
        jobs.get(jobId).message = message;
    }

    @Override
    public int renew(Collection<String> jobIds, Instant leaseUntil) {
        int renewed = 0;
        for (String jobId : jobIds) {
            Job job = jobs.get(jobId);
            if (job != null && job.status.equals(ImportJobStatus.RUNNING)) {
                job.leaseUntil = leaseUntil;
                renewed++;
            }
        }
        return renewed;
    }

    @Override
    public Map<String, Long> expired(Instant now) {
        Map<String, Long> expired = new LinkedHashMap<>();
        jobs.forEach((id, job) -> {
            if (job.status.equals(ImportJobStatus.RUNNING) && job.leaseUntil.isBefore(now)) {
                expired.put(id, job.processed);
            }
        });
        return expired;
    }

    @Override
    public boolean takeOver(String jobId, Instant now, Instant leaseUntil) {
        if (!expired(now).containsKey(jobId)) {
            return false;
        }
        jobs.get(jobId).leaseUntil = leaseUntil;
        return true;
    }

    @Override
    public boolean failExpired(String jobId, Instant endedBefore, String message) {
        if (!expired(endedBefore).containsKey(jobId)) {
            return false;
        }
        finish(jobId, ImportJobStatus.FAILED, message);
        return true;
    }

    @Override
    public Optional<ImportJobStatus> find(String jobId) {
        return Optional.ofNullable(jobs.get(jobId)).map(job -> new ImportJobStatus(jobId, job.status, job.total,
                job.processed, job.failed, job.message, List.copyOf(job.errors)));
    }

    @Override
    public Optional<String> createdBy(String jobId) {
        return Optional.ofNullable(jobs.get(jobId)).map(job -> job.createdBy);
    }

    @Override
    public List<ImportJobSummary> recent(Optional<String> createdBy, int limit) {
        List<ImportJobSummary> recent = new ArrayList<>();
        jobs.forEach((id, job) -> {
            if (createdBy.map(job.createdBy::equals).orElse(true)) {
                recent.add(0, new ImportJobSummary(id, job.status, job.total, job.processed, job.failed, job.createdBy, job.createdAt));
            }
        });
        return recent.subList(0, Math.min(limit, recent.size()));
    }
}
