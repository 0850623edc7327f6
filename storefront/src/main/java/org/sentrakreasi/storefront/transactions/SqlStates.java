package org.sentrakreasi.storefront.transactions;

import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/** Finds the database's SQLSTATE inside whatever the JPA provider and the container wrapped around it. */
public final class SqlStates {

    private SqlStates() {
    }

    /** Deeper than any chain the container builds; stops a cause cycle. */
    private static final int MAX_CAUSES = 32;

    /** Whether a {@link SQLException} with one of these states is among the causes of the failure. */
    public static boolean causedBy(Throwable failure, Set<String> states) {
        return databaseError(failure).map(sql -> states.contains(sql.getSQLState())).orElse(false);
    }

    /** The first {@link SQLException} among the causes of the failure. */
    public static Optional<SQLException> databaseError(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }
}
