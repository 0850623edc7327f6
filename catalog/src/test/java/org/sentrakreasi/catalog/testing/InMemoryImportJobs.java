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
        private String owner;
        private final List<RowError> errors = new ArrayList<>();

        Job(String createdBy, String owner, Instant leaseUntil) {
            this.createdBy = createdBy;
            this.owner = owner;
            this.leaseUntil = leaseUntil;
        }

        boolean heldBy(String someone) {
            return status.equals(ImportJobStatus.RUNNING) && owner.equals(someone);
        }
    }

    private final Map<String, Job> jobs = new LinkedHashMap<>();

    @Override
    public void create(String jobId, String createdBy, String owner, Instant leaseUntil) {
        jobs.put(jobId, new Job(createdBy, owner, leaseUntil));
    }

    @Override
    public boolean total(String jobId, String owner, long total) {
        if (!jobs.get(jobId).heldBy(owner)) {
            return false;
        }
        jobs.get(jobId).total = total;
        return true;
    }

    @Override
    public boolean progress(String jobId, String owner, long processed, long failed, List<RowError> newErrors) {
        Job job = jobs.get(jobId);
        if (!job.heldBy(owner)) {
            return false;
        }
        job.processed = processed;
        job.failed = failed;
        job.errors.addAll(newErrors);
        return true;
    }

    @Override
    public boolean finish(String jobId, String owner, String status, String message) {
        if (!jobs.get(jobId).heldBy(owner)) {
            return false;
        }
        end(jobId, status, message);
        return true;
    }

    private void end(String jobId, String status, String message) {
        jobs.get(jobId).status = status;
        jobs.get(jobId).message = message;
    }

    @Override
    public int renew(Collection<String> jobIds, String owner, Instant leaseUntil) {
        int renewed = 0;
        for (String jobId : jobIds) {
            Job job = jobs.get(jobId);
            if (job != null && job.heldBy(owner)) {
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
    public boolean takeOver(String jobId, Instant now, String owner, Instant leaseUntil) {
        if (!expired(now).containsKey(jobId)) {
            return false;
        }
        jobs.get(jobId).owner = owner;
        jobs.get(jobId).leaseUntil = leaseUntil;
        return true;
    }

    @Override
    public boolean failExpired(String jobId, Instant endedBefore, String message) {
        if (!expired(endedBefore).containsKey(jobId)) {
            return false;
        }
        end(jobId, ImportJobStatus.FAILED, message);
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
