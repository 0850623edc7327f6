package org.sentrakreasi.storefront.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** The application's one connection pool; what it connects to is configuration (see ConfiguredDataSource). */
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "org.sentrakreasi.storefront.config.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 30,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.validate-atmost-once-period-in-seconds=30",
            "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class DataSourceConfiguration {

    public static final String JNDI_NAME = "java:app/jdbc/sentrakreasi";
}
