package org.sentrakreasi.storefront.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a real H2 file whose background writer waits a minute, so that only a checkpoint writes the file. */
class CheckpointingH2DataSourceTest {

    @TempDir
    Path dir;

    private DataSource dataSource;
    private Path file;
    /** Keeps the database open: closing its last connection would write the file too. */
    private Connection holder;

    @BeforeEach
    void openDatabase() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=60000");
        h2.setUser("sa");
        dataSource = CheckpointingH2DataSource.wrap(h2);
        file = dir.resolve("db.mv.db");
        holder = dataSource.getConnection();
        try (Statement statement = holder.createStatement()) {
            statement.execute("create table note (id int primary key)");
            statement.execute("checkpoint");
        }
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        holder.close();
    }

    @Test
    void aCommitIsWrittenToTheFileBeforeItReturns() throws Exception {
        long before = Files.size(file);
        insertAndCommit(1);
        assertTrue(Files.size(file) > before, "the commit did not reach the file");
    }

    @Test
    void aCommitInsideUnsyncedWorkIsLeftToTheBackgroundWriter() throws Exception {
        long before = Files.size(file);
        long result = UnsyncedCommits.run(() -> {
            assertTrue(UnsyncedCommits.active());
            insertAndCommit(2);
            return 7;
        });
        assertEquals(7, result);
        assertEquals(before, Files.size(file), "an unsynced commit was written at once");
        assertFalse(UnsyncedCommits.active(), "still unsynced after the work");

        insertAndCommit(3);
        assertTrue(Files.size(file) > before, "the next ordinary commit did not reach the file");
    }

    @Test
    void unsyncedWorkThatFailsLeavesTheThreadOrdinary() {
        try {
            UnsyncedCommits.run(() -> {
                throw new IllegalStateException("failed");
            });
        } catch (IllegalStateException expected) {
            // the work's own failure
        }
        assertFalse(UnsyncedCommits.active());
    }

    private void insertAndCommit(int id) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("insert into note values (" + id + ")");
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
