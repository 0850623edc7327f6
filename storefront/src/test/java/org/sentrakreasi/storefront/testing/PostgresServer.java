package org.sentrakreasi.storefront.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for tests (zonky embedded binaries), started at most once per test JVM
 * and stopped when the JVM exits. Each caller gets a database of its own on it.
 */
public final class PostgresServer {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private PostgresServer() {
    }

    /** JDBC URL, user and password of a new, empty database on the shared server. */
    public record Database(String url, String user, String password) {

        /** The configuration of the application that points it at this database. */
        public List<String> applicationOptions() {
            return List.of("-Dsentrakreasi.db.url=" + url, "-Dsentrakreasi.db.user=" + user,
                    "-Dsentrakreasi.db.password=" + password);
        }
    }

    public static synchronized Database newDatabase() {
        EmbeddedPostgres postgres = server();
        String name = "sentrakreasi_" + DATABASES.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
        return new Database(postgres.getJdbcUrl("postgres", name), "postgres", "postgres");
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(PostgresServer::stop, "postgres-stop"));
        }
        return server;
    }

    private static synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                // The JVM is exiting; the server's own cleanup removes what is left.
            }
            server = null;
        }
    }
}
