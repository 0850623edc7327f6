package org.sentrakreasi.catalog.application;

import org.sentrakreasi.catalog.domain.Rupiah;

/** Price display for the web channel, so that views never touch domain types. */
public final class Prices {

    private Prices() {
    }

    /** {@code 45000} becomes {@code Rp45.000}. */
    public static String format(long rupiah) {
        return Rupiah.of(rupiah).formatted();
    }
}
