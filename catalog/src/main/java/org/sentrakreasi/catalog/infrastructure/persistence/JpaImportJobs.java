package org.sentrakreasi.catalog.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sentrakreasi.catalog.application.ImportJobStatus;
import org.sentrakreasi.catalog.application.ImportJobSummary;
import org.sentrakreasi.catalog.application.ImportJobs;
import org.sentrakreasi.catalog.application.RowError;

/**
 * Import jobs in two plain tables; each change commits on its own so that progress is visible at once.
 * Reads run in a transaction too (the caller's, or one of their own): they also run on the import
 * and lease threads, and there a read outside any transaction opened a persistence context tied to
 * the container context those threads share, which one thread then closed under the others.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JpaImportJobs implements ImportJobs {

    @PersistenceContext(unitName = "sentrakreasi")
    private EntityManager em;

    @Inject
    Clock clock;

    @Override
    public void create(String jobId, String createdBy, String owner, Instant leaseUntil) {
        em.createNativeQuery("insert into import_job (id, status, created_by, created_at, lease_owner, lease_until)"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, jobId).setParameter(2, ImportJobStatus.RUNNING).setParameter(3, createdBy)
                .setParameter(4, Timestamp.from(clock.instant())).setParameter(5, owner)
                .setParameter(6, Timestamp.from(leaseUntil)).executeUpdate();
    }

    @Override
    public boolean total(String jobId, String owner, long total) {
        return em.createNativeQuery("update import_job set total = ?3 where id = ?1 and lease_owner = ?2 and status = ?4")
                .setParameter(1, jobId).setParameter(2, owner).setParameter(3, total)
                .setParameter(4, ImportJobStatus.RUNNING).executeUpdate() == 1;
    }

    @Override
    public boolean progress(String jobId, String owner, long processed, long failed, List<RowError> newErrors) {
        if (em.createNativeQuery("update import_job set processed = ?3, failed = ?4 where id = ?1 and lease_owner = ?2 and status = ?5")
                .setParameter(1, jobId).setParameter(2, owner).setParameter(3, processed).setParameter(4, failed)
                .setParameter(5, ImportJobStatus.RUNNING).executeUpdate() == 0) {
            return false;
        }
        long stored = ((Number) em.createNativeQuery("select count(*) from import_job_error where job_id = ?1")
                .setParameter(1, jobId).getSingleResult()).longValue();
        for (RowError error : newErrors.subList(0, (int) Math.max(0, Math.min(newErrors.size(), MAX_STORED_ERRORS - stored)))) {
            em.createNativeQuery("insert into import_job_error (job_id, line, message) values (?1, ?2, ?3)")
                    .setParameter(1, jobId).setParameter(2, error.line())
                    .setParameter(3, error.message().substring(0, Math.min(500, error.message().length())))
                    .executeUpdate();
        }
        return true;
    }

    @Override
    public boolean finish(String jobId, String owner, String status, String message) {
        return em.createNativeQuery("update import_job set status = ?3, message = ?4, finished_at = ?5"
                        + " where id = ?1 and lease_owner = ?2 and status = ?6")
                .setParameter(1, jobId).setParameter(2, owner).setParameter(3, status)
                .setParameter(4, message == null ? null : message.substring(0, Math.min(500, message.length())))
                .setParameter(5, Timestamp.from(clock.instant())).setParameter(6, ImportJobStatus.RUNNING)
                .executeUpdate() == 1;
    }

    @Override
    public int renew(Collection<String> jobIds, String owner, Instant leaseUntil) {
        // One statement per job: an instance holds a few at most, and native queries take no list parameter.
        int renewed = 0;
        for (String jobId : jobIds) {
            renewed += em.createNativeQuery("update import_job set lease_until = ?1 where id = ?2 and lease_owner = ?3 and status = ?4")
                    .setParameter(1, Timestamp.from(leaseUntil)).setParameter(2, jobId).setParameter(3, owner)
                    .setParameter(4, ImportJobStatus.RUNNING).executeUpdate();
        }
        return renewed;
    }

    @Override
    public Map<String, Long> expired(Instant now) {
        Map<String, Long> processedById = new LinkedHashMap<>();
        for (Object row : em.createNativeQuery("select id, processed from import_job where status = ?1 and lease_until < ?2")
                .setParameter(1, ImportJobStatus.RUNNING).setParameter(2, Timestamp.from(now)).getResultList()) {
            Object[] columns = (Object[]) row;
            processedById.put((String) columns[0], ((Number) columns[1]).longValue());
        }
        return processedById;
    }

    @Override
    public boolean takeOver(String jobId, Instant now, String owner, Instant leaseUntil) {
        return em.createNativeQuery("update import_job set lease_owner = ?5, lease_until = ?1"
                        + " where id = ?2 and status = ?3 and lease_until < ?4")
                .setParameter(1, Timestamp.from(leaseUntil)).setParameter(2, jobId).setParameter(3, ImportJobStatus.RUNNING)
                .setParameter(4, Timestamp.from(now)).setParameter(5, owner).executeUpdate() == 1;
    }

    @Override
    public boolean failExpired(String jobId, Instant endedBefore, String message) {
        return em.createNativeQuery("update import_job set status = ?1, message = ?2, finished_at = ?3"
                        + " where id = ?4 and status = ?5 and lease_until < ?6")
                .setParameter(1, ImportJobStatus.FAILED).setParameter(2, message)
                .setParameter(3, Timestamp.from(clock.instant())).setParameter(4, jobId)
                .setParameter(5, ImportJobStatus.RUNNING).setParameter(6, Timestamp.from(endedBefore)).executeUpdate() == 1;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<ImportJobStatus> find(String jobId) {
        List<?> rows = em.createNativeQuery("select status, total, processed, failed, message from import_job where id = ?1")
                .setParameter(1, jobId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        List<RowError> errors = ((List<?>) em.createNativeQuery(
                        "select line, message from import_job_error where job_id = ?1 order by line")
                .setParameter(1, jobId).getResultList()).stream()
                .map(r -> (Object[]) r)
                .map(r -> new RowError(((Number) r[0]).longValue(), (String) r[1]))
                .toList();
        return Optional.of(new ImportJobStatus(jobId, (String) row[0], ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), ((Number) row[3]).longValue(), (String) row[4], errors));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public Optional<String> createdBy(String jobId) {
        return em.createNativeQuery("select created_by from import_job where id = ?1").setParameter(1, jobId)
                .getResultStream().findFirst().map(String.class::cast);
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public List<ImportJobSummary> recent(Optional<String> createdBy, int limit) {
        String mine = createdBy.isPresent() ? " where created_by = ?1" : "";
        var query = em.createNativeQuery("select id, status, total, processed, failed, created_by, created_at from import_job"
                + mine + " order by created_at desc, id").setMaxResults(limit);
        createdBy.ifPresent(user -> query.setParameter(1, user));
        return ((List<?>) query.getResultList()).stream()
                .map(r -> (Object[]) r)
                .map(r -> new ImportJobSummary((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), (String) r[5],
                        ((Timestamp) r[6]).toInstant()))
                .toList();
    }
}
