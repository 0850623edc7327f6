package org.sentrakreasi.storefront.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before Arquillian boots Payara Micro for the in-container tests, points it at the database of
 * this test run: the embedded H2 default in a fresh folder, or a real PostgreSQL server started
 * here (system property {@code it.database}). Runs in the test JVM only, never inside Payara.
 */
public class InContainerDatabaseListener implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String database = System.getProperty("it.database");
        String workDir = System.getProperty("it.workDir");
        if (database == null || workDir == null || System.getProperty("payara.cmdOptions") != null) {
            return;
        }
        List<String> options = new ArrayList<>();
        options.add("-Dsentrakreasi.data.dir=" + Path.of(workDir, "in-container-" + database + "-" + System.nanoTime()));
        options.add("-Djava.awt.headless=true");
        if ("postgresql".equals(database)) {
            options.addAll(PostgresServer.newDatabase().applicationOptions());
        }
        System.setProperty("payara.cmdOptions", String.join(" ", options));
    }
}
