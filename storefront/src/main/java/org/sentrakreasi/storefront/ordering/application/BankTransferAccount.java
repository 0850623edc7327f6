package org.sentrakreasi.storefront.ordering.application;

/** The account buyers transfer to (configured; the defaults are marked as demo values). */
public record BankTransferAccount(String bank, String accountNumber, String accountHolder) {
}
