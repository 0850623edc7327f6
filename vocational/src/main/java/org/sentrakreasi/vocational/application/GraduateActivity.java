package org.sentrakreasi.vocational.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What graduates do as makers, answered by the storefront from real listings and order lines, so
 * that a cohort's economic-independence figures are computed, never typed in.
 */
public interface GraduateActivity {

    /** The references (of those given) whose maker profile has at least one published listing. */
    Set<String> withListings(Collection<String> beneficiaryRefs);

    /** Every sold order line of those makers' products (cancelled orders left out). */
    List<Sale> sales(Collection<String> beneficiaryRefs);

    /** One order line: whose product, on which day it was sold, for how many rupiah in total. */
    record Sale(String beneficiaryRef, LocalDate soldOn, long amountRupiah) {
    }
}
