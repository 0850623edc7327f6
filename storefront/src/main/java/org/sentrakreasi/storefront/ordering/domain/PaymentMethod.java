package org.sentrakreasi.storefront.ordering.domain;

/** Bank transfer before the order is handed over, or cash at the Sentra when picking it up. */
public enum PaymentMethod {
    BANK_TRANSFER, PAY_AT_PICKUP
}
