package org.sentrakreasi.storefront.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sentrakreasi.storefront.ordering.application.BankTransferAccount;

/** The account of the payment instructions, from configuration (the defaults are marked DEMO). */
@ApplicationScoped
public class BankTransferAccountProducer {

    @Inject
    @ConfigProperty(name = ConfigKeys.TRANSFER_BANK)
    String bank;

    @Inject
    @ConfigProperty(name = ConfigKeys.TRANSFER_ACCOUNT_NUMBER)
    String accountNumber;

    @Inject
    @ConfigProperty(name = ConfigKeys.TRANSFER_ACCOUNT_HOLDER)
    String accountHolder;

    /** Dependent: a record cannot be proxied, and it is cheap to hand out. */
    @Produces
    BankTransferAccount account() {
        return new BankTransferAccount(bank, accountNumber, accountHolder);
    }
}
