package org.sentrakreasi.storefront.transactions;

import java.sql.SQLException;
import java.util.Set;

/** Finds the database's SQLSTATE inside whatever the JPA provider and the container wrapped around it. */
public final class SqlStates {

    private SqlStates() {
    }

    /** Whether a {@link SQLException} with one of these states is among the causes of the failure. */
    public static boolean causedBy(Throwable failure, Set<String> states) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && states.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
