package org.sentrakreasi.storefront.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.sentrakreasi.catalog.application.Prices;

/**
 * Formatting helpers for views: {@code #{format.rupiah(p.price())}} gives {@code Rp45.000};
 * {@code #{format.dateTime(order.placedAt())}} gives {@code 3 Nov 2026, 14.05 WIB} in the page's language.
 */
@Named("format")
@ApplicationScoped
public class FormatBacking {

    /** Western Indonesian Time: the time of the Balai, of orders and of bank statements. */
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Inject
    LanguageBacking language;

    public String rupiah(long amount) {
        return Prices.format(amount);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy, HH.mm 'WIB'", language.getLocale())
                .format(instant.atZone(WIB));
    }

    /** A month as {@code 2026-11} (ISO, as records carry it) in words: {@code Nov 2026}. */
    public String month(String isoMonth) {
        return DateTimeFormatter.ofPattern("MMM yyyy", language.getLocale()).format(YearMonth.parse(isoMonth));
    }
}
