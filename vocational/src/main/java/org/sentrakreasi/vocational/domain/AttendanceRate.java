package org.sentrakreasi.vocational.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Optional;

/**
 * How often a beneficiary came to the sessions that count for them.
 * <p>
 * EXCUSED sessions are left out of the rate, numerator and denominator: 8 present, 1 absent and
 * 1 excused make 8 of 9. Counting an excused absence as an absence would hold against people the
 * very circumstances rehabilitation works with (health, therapy, legal proceedings); counting it
 * as presence would certify attendance that did not happen.
 * <p>
 * With no counted session (none held yet, or all excused) there is no evidence of attendance, so
 * only a threshold of 0 is met.
 */
public record AttendanceRate(int present, int absent, int excused) {

    public static AttendanceRate of(Collection<AttendanceStatus> statuses) {
        int present = 0;
        int absent = 0;
        int excused = 0;
        for (AttendanceStatus status : statuses) {
            switch (status) {
                case PRESENT -> present++;
                case ABSENT -> absent++;
                case EXCUSED -> excused++;
            }
        }
        return new AttendanceRate(present, absent, excused);
    }

    /** The sessions the rate is taken over: present or absent, not excused. */
    public int counted() {
        return present + absent;
    }

    /** Compared in whole numbers, so a rate exactly at the threshold meets it. */
    public boolean meets(int thresholdPercent) {
        if (counted() == 0) {
            return thresholdPercent == 0;
        }
        return present * 100L >= (long) thresholdPercent * counted();
    }

    /** The rate in percent, one decimal, rounded down so that a display never overstates it. */
    public Optional<BigDecimal> percent() {
        if (counted() == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(present * 100L)
                .divide(BigDecimal.valueOf(counted()), 1, RoundingMode.DOWN)
                .stripTrailingZeros());
    }

    /** E.g. {@code 77.7%}, {@code 80%}, or {@code no session counted}. */
    public String formatted() {
        return percent().map(rate -> rate.toPlainString() + "%").orElse("no session counted");
    }
}
