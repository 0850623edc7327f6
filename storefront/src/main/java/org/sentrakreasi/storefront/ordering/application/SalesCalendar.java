package org.sentrakreasi.storefront.ordering.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Which day and month a payment belongs to: Western Indonesian Time (WIB), the time of the Balai
 * and the bank statements the coordinators compare with. A transfer at 06:00 WIB on the 1st is the
 * 1st's, although it is still the previous day in UTC.
 */
final class SalesCalendar {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private SalesCalendar() {
    }

    static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, WIB);
    }
}
