package org.sentrakreasi.storefront.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A change refused while the transaction still runs because someone changed the same record
 * first (a write flushed before the commit: two staff stepping one order, a listing edited while
 * an order took its stock): the same 409 as {@link TransactionConflictMapper} answers at commit.
 */
@Provider
public class OptimisticLockMapper implements ExceptionMapper<OptimisticLockException> {

    @Override
    public Response toResponse(OptimisticLockException exception) {
        return TransactionConflictMapper.concurrentChange();
    }
}
