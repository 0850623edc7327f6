package org.sentrakreasi.storefront.config;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The driver-level data source behind the server's connection pool. It reads the URL and
 * credentials from MicroProfile Config when the pool opens its first connection, so that one
 * artifact serves H2 and PostgreSQL, and environment variables work. (Payara substitutes
 * {@code ${MPCONFIG=..}} in {@code @DataSourceDefinition} before the application's own config
 * file is visible, and cannot choose the driver class by configuration.)
 */
public class ConfiguredDataSource implements DataSource {

    private volatile DataSource delegate;
    private PrintWriter logWriter;
    private int loginTimeout;

    @Override
    public Connection getConnection() throws SQLException {
        return delegate().getConnection();
    }

    /** The pool may pass the (empty) credentials of the definition: configuration decides instead. */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return delegate().getConnection();
    }

    private DataSource delegate() throws SQLException {
        DataSource current = delegate;
        if (current == null) {
            synchronized (this) {
                if (delegate == null) {
                    delegate = create(ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader()));
                }
                current = delegate;
            }
        }
        return current;
    }

    static DataSource create(Config config) throws SQLException {
        String url = config.getValue(ConfigKeys.DB_URL, String.class);
        String user = config.getOptionalValue(ConfigKeys.DB_USER, String.class).orElse("");
        String password = config.getOptionalValue(ConfigKeys.DB_PASSWORD, String.class).orElse("");
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user);
            h2.setPassword(password);
            return CheckpointingH2DataSource.wrap(h2);
        }
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(url);
            postgres.setUser(user);
            postgres.setPassword(password);
            return postgres;
        }
        throw new SQLException("Unsupported database URL in " + ConfigKeys.DB_URL
                + ": only jdbc:h2: and jdbc:postgresql: are supported");
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
