package org.sentrakreasi.storefront.ordering.domain;

/** Sent to the buyer's address, or picked up at the Sentra of the unit the products come from. */
public enum DeliveryMethod {
    SHIPPING, PICKUP
}
