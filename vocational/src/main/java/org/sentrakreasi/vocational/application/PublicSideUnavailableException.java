package org.sentrakreasi.vocational.application;

/**
 * This deployment has no public side (no implementation of {@link PublicMakerProfiles}), so a
 * maker profile cannot be published: HTTP 503, the request is right but cannot be served here.
 */
public class PublicSideUnavailableException extends RuntimeException {

    public PublicSideUnavailableException() {
        super("Public maker profiles are not available in this deployment");
    }
}
