package org.sentrakreasi.storefront.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.sentrakreasi.catalog.application.Prices;

/** Formatting helpers for views: {@code #{format.rupiah(p.price())}} gives {@code Rp45.000}. */
@Named("format")
@ApplicationScoped
public class FormatBacking {

    public String rupiah(long amount) {
        return Prices.format(amount);
    }
}
