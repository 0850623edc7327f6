package org.sentrakreasi.storefront.ordering.application;

/** Another request claimed the same Idempotency-Key at the same time; its answer is the one to give. */
public class KeyAlreadyClaimedException extends RuntimeException {

    public KeyAlreadyClaimedException(Throwable cause) {
        super("The Idempotency-Key is claimed by another request", cause);
    }
}
