package org.sentrakreasi.catalog.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.sentrakreasi.catalog.application.ImportJobStatus;
import org.sentrakreasi.catalog.application.ImportJobs;
import org.sentrakreasi.catalog.application.RowError;

/** Import jobs in two plain tables; each call commits on its own so that progress is visible at once. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JpaImportJobs implements ImportJobs {

    @PersistenceContext(unitName = "sentrakreasi")
    private EntityManager em;

    @Inject
    Clock clock;

    @Override
    public void create(String jobId, String createdBy) {
        em.createNativeQuery("insert into import_job (id, status, created_by, created_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, jobId).setParameter(2, ImportJobStatus.RUNNING).setParameter(3, createdBy)
                .setParameter(4, Timestamp.from(clock.instant())).executeUpdate();
    }

    @Override
    public void total(String jobId, long total) {
        em.createNativeQuery("update import_job set total = ?2 where id = ?1")
                .setParameter(1, jobId).setParameter(2, total).executeUpdate();
    }

    @Override
    public void progress(String jobId, long processed, long failed, List<RowError> newErrors) {
        em.createNativeQuery("update import_job set processed = ?2, failed = ?3 where id = ?1")
                .setParameter(1, jobId).setParameter(2, processed).setParameter(3, failed).executeUpdate();
        long stored = ((Number) em.createNativeQuery("select count(*) from import_job_error where job_id = ?1")
                .setParameter(1, jobId).getSingleResult()).longValue();
        for (RowError error : newErrors.subList(0, (int) Math.max(0, Math.min(newErrors.size(), MAX_STORED_ERRORS - stored)))) {
            em.createNativeQuery("insert into import_job_error (job_id, line, message) values (?1, ?2, ?3)")
                    .setParameter(1, jobId).setParameter(2, error.line())
                    .setParameter(3, error.message().substring(0, Math.min(500, error.message().length())))
                    .executeUpdate();
        }
    }

    @Override
    public void finish(String jobId, String status, String message) {
        em.createNativeQuery("update import_job set status = ?2, message = ?3, finished_at = ?4 where id = ?1")
                .setParameter(1, jobId).setParameter(2, status)
                .setParameter(3, message == null ? null : message.substring(0, Math.min(500, message.length())))
                .setParameter(4, Timestamp.from(clock.instant())).executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
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
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> createdBy(String jobId) {
        return em.createNativeQuery("select created_by from import_job where id = ?1").setParameter(1, jobId)
                .getResultStream().findFirst().map(String.class::cast);
    }
}
