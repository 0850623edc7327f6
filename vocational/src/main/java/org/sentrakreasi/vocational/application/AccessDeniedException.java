package org.sentrakreasi.vocational.application;

/**
 * The caller's role or unit does not allow this (HTTP 403). The message names the rule, never
 * the record: a coordinator learns nothing about another unit's people from a refusal.
 */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
