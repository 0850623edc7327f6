package org.sentrakreasi.storefront.ordering.application;

import java.time.LocalDate;

/** One paid order line of a maker, dated by the payment (WIB): what the cohort outcomes count. */
public record MakerSale(long makerId, LocalDate soldOn, long amount) {
}
