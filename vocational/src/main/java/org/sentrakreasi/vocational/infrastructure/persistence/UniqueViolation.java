package org.sentrakreasi.vocational.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.sentrakreasi.vocational.domain.DuplicateKeyException;

/**
 * Recognises a refused write that broke a unique constraint, whatever the JPA provider wrapped
 * around it. SQLSTATE 23505 is the standard's code, used by both H2 and PostgreSQL.
 */
final class UniqueViolation {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolation() {
    }

    /** Writes the pending inserts now, so that a unique value another request took is told apart from a fault. */
    static void flushOrThrow(EntityManager em) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (causedBy(e)) {
                throw new DuplicateKeyException(e);
            }
            throw e;
        }
    }

    private static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
