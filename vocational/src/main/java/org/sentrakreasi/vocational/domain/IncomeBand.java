package org.sentrakreasi.vocational.domain;

/**
 * Monthly income in rupiah, as a band: asked at follow-ups, where an exact figure is neither
 * reliable nor needed (and is more private). Each band includes its lower bound.
 */
public enum IncomeBand {
    UNDER_500K(0, 500_000),
    FROM_500K_TO_1500K(500_000, 1_500_000),
    FROM_1500K_TO_3M(1_500_000, 3_000_000),
    ABOVE_3M(3_000_000, Long.MAX_VALUE);

    private final long fromRupiah;
    private final long belowRupiah;

    IncomeBand(long fromRupiah, long belowRupiah) {
        this.fromRupiah = fromRupiah;
        this.belowRupiah = belowRupiah;
    }

    /** The band of a monthly income in rupiah. */
    public static IncomeBand of(long monthlyRupiah) {
        if (monthlyRupiah < 0) {
            throw new InvalidValueException("income", "An income cannot be negative");
        }
        for (IncomeBand band : values()) {
            if (monthlyRupiah < band.belowRupiah) {
                return band;
            }
        }
        return ABOVE_3M;
    }

    public long fromRupiah() {
        return fromRupiah;
    }
}
