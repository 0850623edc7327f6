package org.sentrakreasi.storefront.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A commit refused because someone changed the same cohort meanwhile (two coordinators taking
 * the last place at once): 409, worth retrying. Any other failed commit is a server error.
 */
@Provider
public class TransactionConflictMapper implements ExceptionMapper<TransactionalException> {

    @Override
    public Response toResponse(TransactionalException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            // At commit EclipseLink raises its own org.eclipse.persistence.exceptions.OptimisticLockException,
            // not the JPA one; the provider's class is not on the compile path, so it is matched by name.
            if (cause instanceof OptimisticLockException
                    || cause.getClass().getSimpleName().equals("OptimisticLockException")) {
                return concurrentChange();
            }
        }
        return new ServerErrorMapper().toResponse(exception);
    }

    static Response concurrentChange() {
        return Problems.response(Problem.of("concurrent-change", "Conflict", 409,
                "Someone changed this record at the same time; reload it and try again."));
    }
}
