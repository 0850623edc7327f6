package org.sentrakreasi.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Restarts on the same data directory after a crash: nothing is seeded twice, a change committed just
 * before the crash still reaches the search index (the outbox survives in the database), an import
 * the crash cut short goes on from its file, and a job whose file is gone fails instead of showing
 * RUNNING forever.
 */
class RestartIT {

    private static final String SARI = "pengrajin.sari";
    private static final String PASSWORD = "demo-pengrajin";
    private static final String BEKASI = "koordinator.bekasi";
    /** Long enough that the crash comes in the middle of it. */
    private static final int IMPORTED_ROWS = 40_000;
    /** Every this many rows, one names a category that does not exist. */
    private static final int BAD_ROW_EVERY = 5_000;
    /** Short, so that the job whose file is gone fails soon after the second start. */
    private static final List<String> SHORT_LEASES = List.of("-Dsentrakreasi.import.lease-seconds=4");

    @Test
    void aCrashLosesNothingCutImportsGoOnAndASecondStartAddsNoDuplicates() throws IOException {
        Path dataDir = Applications.freshDataDir("restart");
        RunningApplication first = RunningApplication.start("restart-1", dataDir, SHORT_LEASES);
        long before = total(first);
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String cutShort = Imports.start(first, BEKASI, catalog(run));
        String waiting = Imports.start(first, BEKASI, Imports.HEADER
                + "RST-" + run + "-W,Keripik Menunggu " + run + ",,makanan,12000,4,KUBE Restart " + run + ",,,PUBLISHED\n");
        long processedAtCrash = awaitMidway(first, cutShort);

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
        // As if the waiting job had been another instance's, one that never came back.
        Files.delete(dataDir.resolve("imports").resolve(waiting + ".csv"));

        RunningApplication second = RunningApplication.start("restart-2", dataDir, SHORT_LEASES);
        try {
            assertThat(before).isGreaterThanOrEqualTo(60);
            String query = "/api/v1/products?maker=" + listing.get("maker").get("id").asText() + "&size=100";
            Eventually.await(() -> Http.json(Http.get(second.url(query))).toString(),
                    page -> page.contains("\"price\":" + newPrice), "the change made before the crash in search",
                    // A claim the crashed instance held is taken over when its lease ends.
                    Duration.ofSeconds(90));

            JsonNode resumed = Imports.awaitJob(second, BEKASI, cutShort);
            assertThat(resumed.get("status").asText()).as(resumed.toString()).isEqualTo("DONE");
            assertThat(resumed.get("total").asLong()).isEqualTo(IMPORTED_ROWS);
            assertThat(resumed.get("processed").asLong()).isEqualTo(IMPORTED_ROWS);
            List<Long> errorLines = new ArrayList<>();
            resumed.get("errors").forEach(error -> errorLines.add(error.get("line").asLong()));
            assertThat(errorLines).as("each bad line reported once, before and after the crash (at row %d)", processedAtCrash)
                    .containsExactlyElementsOf(badLines());
            assertThat(resumed.get("failed").asLong()).isEqualTo(badLines().size());
            long imported = IMPORTED_ROWS - badLines().size();
            JsonNode listings = Http.json(Http.get(second.url("/api/v1/admin/products?q=RST-" + run + "&size=1"), BEKASI, Imports.PASSWORD));
            assertThat(listings.get("total").asLong()).as("every good row once").isEqualTo(imported);

            Eventually.await(() -> Files.exists(dataDir.resolve("imports").resolve(cutShort + ".csv")), exists -> !exists,
                    "the resumed import's file deleted once it ended");

            JsonNode abandoned = Imports.awaitJob(second, BEKASI, waiting);
            assertThat(abandoned.get("status").asText()).isEqualTo("FAILED");
            assertThat(abandoned.get("message").asText()).contains("stopped after 0 rows").contains("again is safe");

            Eventually.await(() -> total(second), count -> count == before + imported,
                    "the demo listings once and the imported ones in search", Duration.ofSeconds(90));
            System.out.printf("Startup to ready: first %d ms (empty data dir), second %d ms; import cut at row %d%n",
                    first.startupTime().toMillis(), second.startupTime().toMillis(), processedAtCrash);
        } finally {
            second.stop();
        }
        assertThat(second.exitCode()).as("a clean stop on SIGTERM").isIn(0, 143);
    }

    private static String catalog(String run) {
        StringBuilder csv = new StringBuilder(Imports.HEADER);
        for (int i = 1; i <= IMPORTED_ROWS; i++) {
            String category = i % BAD_ROW_EVERY == 0 ? "perkakas" : "makanan";
            csv.append("RST-").append(run).append('-').append(i).append(",Keripik Restart ").append(i)
                    .append(",,").append(category).append(',').append(10_000 + i).append(",5,KUBE Restart ").append(run)
                    .append(",,,PUBLISHED\n");
        }
        return csv.toString();
    }

    /** Lines count from the header (line 1), so row i is on line i + 1. */
    private static List<Long> badLines() {
        List<Long> lines = new ArrayList<>();
        for (long i = BAD_ROW_EVERY; i <= IMPORTED_ROWS; i += BAD_ROW_EVERY) {
            lines.add(i + 1);
        }
        return lines;
    }

    /** Waits until the import has saved a bad row and more, but is far from done; returns its progress. */
    private static long awaitMidway(RunningApplication app, String jobId) {
        JsonNode job = Eventually.await(() -> Http.json(Http.get(app.url("/api/v1/admin/import-jobs/" + jobId), BEKASI, Imports.PASSWORD)),
                j -> !"RUNNING".equals(j.get("status").asText()) || j.get("processed").asLong() > BAD_ROW_EVERY,
                "the import to pass row " + BAD_ROW_EVERY, Duration.ofSeconds(60));
        assertThat(job.get("status").asText()).as("still running when the crash comes").isEqualTo("RUNNING");
        assertThat(job.get("processed").asLong()).isLessThan(IMPORTED_ROWS - 2L * BAD_ROW_EVERY);
        return job.get("processed").asLong();
    }

    private static long total(RunningApplication app) {
        return Http.json(Http.get(app.url("/api/v1/products?size=1"))).get("total").asLong();
    }
}
