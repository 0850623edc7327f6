package org.sentrakreasi.storefront.ordering.domain;

/** What staff can do to an order, each one of the status steps of {@link Order}. */
public enum OrderStep {
    MARK_PAID, SHIP, READY_FOR_PICKUP, COMPLETE, CANCEL
}
