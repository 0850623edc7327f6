package org.sentrakreasi.catalog.domain;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** An amount of Indonesian rupiah: whole numbers only, the currency has no minor unit in use. */
public record Rupiah(long amount) {

    public Rupiah {
        if (amount < 0) {
            throw new IllegalArgumentException("A price cannot be negative: " + amount);
        }
    }

    public static Rupiah of(long amount) {
        return new Rupiah(amount);
    }

    /** Indonesian notation, dots between thousands and no space: {@code Rp45.000}. */
    public String formatted() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        return "Rp" + new DecimalFormat("#,##0", symbols).format(amount);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
