package org.sentrakreasi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;

/**
 * Waits until search shows every imported listing. The import commits to the database and hands
 * changes to the index through an outbox, so searches lag behind; benchmarking before they caught up
 * would measure a smaller, still-changing index. The lag itself is a figure worth reporting.
 */
public final class SearchCatchUp {

    static final String PROBE = SearchRequest.PRODUCTS + "?size=1";
    static final Duration POLL = Duration.ofMillis(250);
    static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

    /** {@code seconds} from the import's DONE; {@code reached} false when the timeout came first. */
    public record CatchUp(boolean reached, double seconds, long total, long expected) {
    }

    private final ApiClient api;

    public SearchCatchUp(ApiClient api) {
        this.api = api;
    }

    /** Published listings search shows now (the figure to add the import's published rows to). */
    public long publishedTotal() throws IOException, InterruptedException {
        return api.getJson(PROBE).path("total").asLong();
    }

    /**
     * @param refused rows the import refused: which of them were PUBLISHED is unknown, so any total
     *                from {@code expected - refused} to {@code expected} counts as caught up then
     */
    public CatchUp await(long expected, long refused, long sinceNanos, Duration timeout)
            throws IOException, InterruptedException {
        long minimum = expected - refused;
        System.out.printf("Waiting for search to show %s published listings ...%n", minimum == expected
                ? String.format("%,d", expected) : String.format("%,d to %,d", minimum, expected));
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastPrinted = System.nanoTime();
        while (true) {
            JsonNode page = api.getJson(PROBE);
            long total = page.path("total").asLong();
            // degraded: the database answered because the engine could not; its total is not the index's
            boolean degraded = page.path("degraded").asBoolean(false);
            if (total >= minimum && total <= expected && !degraded) {
                double seconds = CatalogImport.seconds(sinceNanos);
                System.out.printf("  search caught up %.1f s after the import finished%n", seconds);
                return new CatchUp(true, seconds, total, expected);
            }
            if (System.nanoTime() > deadline) {
                System.out.printf("  NOT caught up after %d s: total %,d, expected %,d%s%n", timeout.toSeconds(), total,
                        expected, degraded ? " (degraded)" : "");
                return new CatchUp(false, CatalogImport.seconds(sinceNanos), total, expected);
            }
            if (System.nanoTime() - lastPrinted >= PROGRESS_EVERY.toNanos()) {
                System.out.printf("  %,d of %,d searchable%s, %.0f s%n", total, expected, degraded ? " (degraded)" : "",
                        CatalogImport.seconds(sinceNanos));
                lastPrinted = System.nanoTime();
            }
            Thread.sleep(POLL.toMillis());
        }
    }
}
