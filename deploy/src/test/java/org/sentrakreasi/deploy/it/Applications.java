package org.sentrakreasi.deploy.it;

import java.nio.file.Path;
import java.util.List;
import org.sentrakreasi.storefront.testing.PostgresServer;

/**
 * The applications the black-box ITs share: one on the embedded H2 default, one on a real
 * PostgreSQL. Each is started on first use and stays up for every IT class of the run.
 */
public final class Applications {

    private static RunningApplication h2;
    private static RunningApplication postgresql;

    private Applications() {
    }

    public static synchronized RunningApplication h2() {
        if (h2 == null) {
            h2 = RunningApplication.start("app-h2", freshDataDir("h2"), List.of());
        }
        return h2;
    }

    public static synchronized RunningApplication postgresql() {
        if (postgresql == null) {
            postgresql = RunningApplication.start("app-postgresql", freshDataDir("postgresql"),
                    PostgresServer.newDatabase().applicationOptions());
        }
        return postgresql;
    }

    static Path freshDataDir(String name) {
        return Path.of(System.getProperty("it.workDir", "target"), "it-data", name + "-" + System.nanoTime())
                .toAbsolutePath();
    }
}
