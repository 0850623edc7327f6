package org.sentrakreasi.storefront.ordering.application;

import java.util.List;

/** A page of a staff order list, newest first; {@code total} counts every order of the list. */
public record OrderPage(long total, int page, int size, List<OrderSummary> items) {
}
