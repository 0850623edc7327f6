package org.sentrakreasi.storefront.security;

/** An action that needs a signed-in account was called without one (HTTP 401). */
public class NotSignedInException extends RuntimeException {

    public NotSignedInException() {
        super("Sign in to do this.");
    }
}
