package org.sentrakreasi.storefront.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.sentrakreasi.vocational.domain.VocationalConflictException;

/**
 * A request the current state refuses (a full cohort, unmet graduation conditions, a NIK already
 * registered): 409, the type naming the rule, e.g. {@code /problems/cohort-full}.
 */
@Provider
public class VocationalConflictMapper implements ExceptionMapper<VocationalConflictException> {

    @Override
    public Response toResponse(VocationalConflictException exception) {
        return Problems.response(Problem.of(type(exception.getClass()), "Conflict", 409, exception.getMessage()));
    }

    /** {@code CohortFullException} becomes {@code cohort-full}. */
    static String type(Class<?> exceptionClass) {
        String name = exceptionClass.getSimpleName().replaceFirst("Exception$", "");
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
