package org.sentrakreasi.storefront.ordering.application;

/**
 * How to pay. BANK_TRANSFER: the amount to the account (bank, number, holder) with the order code
 * as the transfer reference. PAY_AT_PICKUP: the amount at the Sentra named by {@code payAt} when
 * picking the order up.
 */
public record PaymentInstructions(String method, long amount, String currency, String reference, String bank,
                                  String accountNumber, String accountHolder, String payAt) {
}
