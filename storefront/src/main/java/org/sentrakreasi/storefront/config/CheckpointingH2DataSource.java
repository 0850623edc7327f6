package org.sentrakreasi.storefront.config;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Embedded H2 with commits that survive the process being killed.
 *
 * <p>H2 keeps committed changes in memory and writes them to its file in the background (every
 * half second by default): a process killed in between loses them, found by the crash-restart
 * test. H2's own cure, {@code WRITE_DELAY=0}, stops the background writer, which is also what
 * compacts the file; under a bulk import the file grew to gigabytes and the import slowed to a
 * few hundred rows a second. Instead the background writer stays, and every transaction commit
 * on a connection is followed by a {@code CHECKPOINT}, which writes the committed state to the
 * file before the commit returns (a no-op when nothing changed), except for commits inside
 * {@link UnsyncedCommits#run}.
 */
final class CheckpointingH2DataSource {

    private CheckpointingH2DataSource() {
    }

    static DataSource wrap(JdbcDataSource h2) {
        return (DataSource) Proxy.newProxyInstance(CheckpointingH2DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(h2, method, args);
                    return result instanceof Connection connection ? checkpointing(connection) : result;
                });
    }

    private static Connection checkpointing(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result = invoke(connection, method, args);
            if ("commit".equals(method.getName()) && method.getParameterCount() == 0 && !UnsyncedCommits.active()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CHECKPOINT");
                }
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(CheckpointingH2DataSource.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
