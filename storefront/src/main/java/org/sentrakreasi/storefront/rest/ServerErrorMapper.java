package org.sentrakreasi.storefront.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sentrakreasi.storefront.transactions.BusyDatabase;
import org.sentrakreasi.storefront.transactions.DatabaseErrorsForLog;
import org.sentrakreasi.storefront.transactions.DuplicateValues;

/**
 * A database too busy to answer in time: 503 with Retry-After (see {@link BusyDatabase}). A unique
 * value another request saved at the same moment: 409 ({@link DuplicateValues}).
 * Anything unforeseen: logged with a correlation id (a database's own error text withheld,
 * {@link DatabaseErrorsForLog}), answered with a generic 500 that shows
 * no internals (no stack trace, no SQL, no private data).
 */
@Provider
public class ServerErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ServerErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable exception) {
        if (BusyDatabase.causedBy(exception)) {
            LOG.log(Level.WARNING, "A request gave up waiting for database locks: answered 503",
                    DatabaseErrorsForLog.of(exception));
            return Response.fromResponse(Problems.response(Problem.of("busy", "Service Unavailable", 503,
                    "Many people are buying the same thing right now; nothing was changed. Try again in a moment.")))
                    .header("Retry-After", "1").build();
        }
        if (DuplicateValues.causedBy(exception)) {
            // Logged all the same: a value taken again and again would be a fault, not a race.
            LOG.log(Level.WARNING, "A unique value was saved by another request at the same moment: answered 409",
                    DatabaseErrorsForLog.of(exception));
            return Problems.response(Problem.of("conflict", "Conflict", 409, "Someone saved the same value (such as"
                    + " a SKU) at the same moment, so nothing of this request was saved. Check it and try again."));
        }
        String correlationId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unhandled error, correlation id " + correlationId, DatabaseErrorsForLog.of(exception));
        return Problems.response(Problem.serverError(correlationId));
    }
}
