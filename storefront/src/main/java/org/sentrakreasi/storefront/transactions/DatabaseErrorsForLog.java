package org.sentrakreasi.storefront.transactions;

/**
 * What of a failure may be written to the log. A database's error text quotes the values of the
 * row it refused (H2: {@code VALUES ( '3275…' )}, PostgreSQL: {@code Key (nik)=(3275…)} or
 * {@code Failing row contains (…)}), and the JPA provider and the container copy that text into
 * every exception they wrap around it; a NIK or a name must never reach the log (DOMAIN.md). So a
 * failure with a database error among its causes is logged as the same chain of exception types and
 * stack frames, each message replaced by the SQLSTATE and error code, which say what went wrong.
 */
public final class DatabaseErrorsForLog {

    /** Deeper than any chain the container builds; stops a cause cycle. */
    private static final int MAX_CAUSES = 32;

    private DatabaseErrorsForLog() {
    }

    /** Whether a database error is among the failure's causes. */
    public static boolean involved(Throwable failure) {
        return SqlStates.databaseError(failure).isPresent();
    }

    /** The failure itself when no database error is among its causes, otherwise its copy without messages. */
    public static Throwable of(Throwable failure) {
        return SqlStates.databaseError(failure)
                .map(database -> withoutMessages(failure, "SQLSTATE " + database.getSQLState() + ", error code "
                        + database.getErrorCode(), 0))
                .orElse(failure);
    }

    private static Throwable withoutMessages(Throwable failure, String state, int depth) {
        Throwable cause = failure.getCause();
        Throwable copy = new WithheldMessage(failure.getClass().getName() + " (" + state
                + "; the message is withheld: it may quote private values)",
                cause == null || cause == failure || depth + 1 >= MAX_CAUSES ? null : withoutMessages(cause, state, depth + 1));
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }

    /** Stands in for one exception of the chain in the log. */
    static final class WithheldMessage extends Exception {

        WithheldMessage(String description, Throwable cause) {
            super(description, cause);
        }
    }
}
