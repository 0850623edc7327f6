package org.sentrakreasi.storefront.config;

/**
 * Every configuration key the application reads, in one place. Values come from MicroProfile Config:
 * system properties, then environment variables ({@code SENTRAKREASI_DB_URL}), then
 * {@code META-INF/microprofile-config.properties}. docs/operations.md lists them with their defaults.
 */
public final class ConfigKeys {

    public static final String DATA_DIR = "sentrakreasi.data.dir";
    public static final String DEMO = "sentrakreasi.demo";
    public static final String DB_URL = "sentrakreasi.db.url";
    public static final String DB_USER = "sentrakreasi.db.user";
    public static final String DB_PASSWORD = "sentrakreasi.db.password";
    public static final String DB_POOL_MAX = "sentrakreasi.db.pool.max";
    public static final String SEARCH_BACKEND = "sentrakreasi.search.backend";
    public static final String SEARCH_URL = "sentrakreasi.search.url";
    public static final String SEARCH_INDEX = "sentrakreasi.search.index";
    public static final String TRANSFER_BANK = "sentrakreasi.orders.transfer.bank";
    public static final String TRANSFER_ACCOUNT_NUMBER = "sentrakreasi.orders.transfer.account-number";
    public static final String TRANSFER_ACCOUNT_HOLDER = "sentrakreasi.orders.transfer.account-holder";
    public static final String SITE_URL = "sentrakreasi.site.url";
    public static final String IMPORT_LEASE_SECONDS = "sentrakreasi.import.lease-seconds";

    private ConfigKeys() {
    }
}
