package org.sentrakreasi.vocational.domain;

/**
 * A valid request that the current state refuses (a full cohort, a graduation whose conditions
 * are unmet). Retrying the same request will fail until the state changes: REST answers 409 with
 * the message. Subclasses say which rule refused, for callers that react differently.
 */
public abstract class VocationalConflictException extends RuntimeException {

    protected VocationalConflictException(String message) {
        super(message);
    }
}
