package org.sentrakreasi.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A second start on the same data directory reuses the data and adds no duplicates. */
class RestartIT {

    @Test
    void secondStartOnTheSameDataShowsTheSameProducts() {
        Path dataDir = Applications.freshDataDir("restart");
        RunningApplication first = RunningApplication.start("restart-1", dataDir, List.of());
        long before = total(first);
        first.stop();
        assertThat(first.exitCode()).as("a clean stop on SIGTERM").isIn(0, 143);

        RunningApplication second = RunningApplication.start("restart-2", dataDir, List.of());
        try {
            assertThat(before).isGreaterThanOrEqualTo(60);
            assertThat(total(second)).isEqualTo(before);
            System.out.printf("Startup to ready: first %d ms (empty data dir), second %d ms%n",
                    first.startupTime().toMillis(), second.startupTime().toMillis());
        } finally {
            second.stop();
        }
    }

    private static long total(RunningApplication app) {
        return Http.json(Http.get(app.url("/api/v1/products?size=1"))).get("total").asLong();
    }
}
