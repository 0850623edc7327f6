package org.sentrakreasi.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Restarts on the same data directory: nothing is seeded twice, and a change committed just before
 * a crash still reaches the search index (the outbox survives in the database).
 */
class RestartIT {

    private static final String SARI = "pengrajin.sari";
    private static final String PASSWORD = "demo-pengrajin";

    @Test
    void aCrashRightAfterACommitLosesNothingAndASecondStartAddsNoDuplicates() {
        Path dataDir = Applications.freshDataDir("restart");
        RunningApplication first = RunningApplication.start("restart-1", dataDir, List.of());
        long before = total(first);
        JsonNode listing = Http.json(Http.get(first.url("/api/v1/me/products?status=PUBLISHED&size=1"), SARI, PASSWORD))
                .get("items").get(0);
        String id = listing.get("id").asText();
        long newPrice = listing.get("price").asLong() + 1_000;
        String form = """
                {"name":"%s","category":"%s","price":%d,"stock":%d}""".formatted(listing.get("name").asText(),
                listing.get("category").asText(), newPrice, listing.get("stock").asInt());
        HttpResponse<String> changed = Http.put(first.url("/api/v1/products/" + id), SARI, PASSWORD, null, form);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        first.kill();

        RunningApplication second = RunningApplication.start("restart-2", dataDir, List.of());
        try {
            assertThat(before).isGreaterThanOrEqualTo(60);
            assertThat(total(second)).isEqualTo(before);
            String query = "/api/v1/products?maker=" + listing.get("maker").get("id").asText() + "&size=100";
            Eventually.await(() -> Http.json(Http.get(second.url(query))).toString(),
                    page -> page.contains("\"price\":" + newPrice), "the change made before the crash in search",
                    // A claim the crashed instance held is taken over when its lease ends.
                    Duration.ofSeconds(90));
            System.out.printf("Startup to ready: first %d ms (empty data dir), second %d ms%n",
                    first.startupTime().toMillis(), second.startupTime().toMillis());
        } finally {
            second.stop();
        }
        assertThat(second.exitCode()).as("a clean stop on SIGTERM").isIn(0, 143);
    }

    private static long total(RunningApplication app) {
        return Http.json(Http.get(app.url("/api/v1/products?size=1"))).get("total").asLong();
    }
}
