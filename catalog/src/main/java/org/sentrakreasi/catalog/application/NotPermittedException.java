package org.sentrakreasi.catalog.application;

/** The actor's role or unit does not allow this (HTTP 403). */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
