package org.sentrakreasi.storefront.rest;

import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.sentrakreasi.storefront.transactions.ConcurrentChanges;

/**
 * A commit refused because someone changed the same cohort meanwhile (two coordinators taking
 * the last place at once): 409, worth retrying. Any other failed commit is a server error.
 */
@Provider
public class TransactionConflictMapper implements ExceptionMapper<TransactionalException> {

    @Override
    public Response toResponse(TransactionalException exception) {
        if (ConcurrentChanges.causedBy(exception)) {
            return concurrentChange();
        }
        return new ServerErrorMapper().toResponse(exception);
    }

    static Response concurrentChange() {
        return Problems.response(Problem.of("concurrent-change", "Conflict", 409,
                "Someone changed this record at the same time; reload it and try again."));
    }
}
