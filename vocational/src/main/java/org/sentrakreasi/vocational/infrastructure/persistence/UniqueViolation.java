package org.sentrakreasi.vocational.infrastructure.persistence;

import java.sql.SQLException;

/**
 * Recognises a refused write that broke a unique constraint, whatever the JPA provider wrapped
 * around it. SQLSTATE 23505 is the standard's code, used by both H2 and PostgreSQL.
 */
final class UniqueViolation {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolation() {
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
