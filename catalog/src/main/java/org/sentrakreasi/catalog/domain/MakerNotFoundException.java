package org.sentrakreasi.catalog.domain;

/** No public maker profile with that id or address. */
public class MakerNotFoundException extends RuntimeException {

    public MakerNotFoundException(String idOrSlug) {
        super("No maker " + idOrSlug);
    }
}
