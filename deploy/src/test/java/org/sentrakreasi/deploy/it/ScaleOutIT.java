package org.sentrakreasi.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Two application instances on one PostgreSQL database and one Elasticsearch index: each change
 * is indexed once, by whichever instance claims it; and an instance that loses Elasticsearch
 * keeps answering from the database, then catches up.
 */
class ScaleOutIT {

    private static final String COORDINATOR = "koordinator.bekasi";

    private final RunningApplication first = Applications.postgresql();
    private final RunningApplication second = Applications.postgresqlSecondInstance();

    @Test
    void everyChangeIsIndexedByExactlyOneInstance() {
        SearchAcceptanceTests.awaitSearchEngine(first);
        SearchAcceptanceTests.awaitSearchEngine(second);
        awaitQuiet();
        long before = indexed(first) + indexed(second);

        String run = UUID.randomUUID().toString().substring(0, 8);
        int perInstance = 60;
        importProducts(first, run + "-A", perInstance);
        importProducts(second, run + "-B", perInstance);

        for (RunningApplication app : new RunningApplication[] {first, second}) {
            Eventually.await(() -> Http.json(Http.get(app.url("/api/v1/products?size=1&region=Kota%20Skala%20" + run))),
                    page -> page.get("total").asLong() == 2L * perInstance, "all changes searchable on " + app,
                    Duration.ofSeconds(30));
        }
        awaitQuiet();
        assertThat(indexed(first) + indexed(second) - before)
                .as("outbox entries indexed by the two instances together").isEqualTo(2L * perInstance);
    }

    @Test
    void withoutElasticsearchAnInstanceAnswersFromTheDatabaseAndCatchesUpAfterwards() {
        SearchAcceptanceTests.awaitSearchEngine(second);
        CuttableProxy line = Applications.secondInstanceSearchLine();
        String run = UUID.randomUUID().toString().substring(0, 8);
        line.cut();
        try {
            JsonNode degraded = Eventually.await(() -> Http.json(Http.get(second.url("/api/v1/products?q=anyaman"))),
                    page -> page.path("degraded").asBoolean(), "a degraded answer without Elasticsearch");
            assertThat(degraded.get("items").size()).isPositive();
            assertThat(Http.json(Http.get(first.url("/api/v1/products?q=anyaman"))).path("degraded").asBoolean())
                    .as("the other instance still reaches Elasticsearch").isFalse();
            importProducts(second, run, 3);
            assertThat(Http.json(Http.get(second.url("/api/v1/products?region=Kota%20Skala%20" + run))).get("total").asLong())
                    .as("changes made meanwhile are visible from the database").isEqualTo(3);
        } finally {
            line.restore();
        }
        Eventually.await(() -> Http.json(Http.get(second.url("/api/v1/products?q=produk%20skala%20" + run
                        + "&region=Kota%20Skala%20" + run))),
                page -> !page.path("degraded").asBoolean() && page.get("total").asLong() == 3,
                "search through Elasticsearch again, with the changes made meanwhile", Duration.ofSeconds(60));
    }

    private static void importProducts(RunningApplication app, String run, int count) {
        StringBuilder csv = new StringBuilder(Imports.HEADER);
        for (int i = 0; i < count; i++) {
            csv.append("SCALE-").append(run).append('-').append(i).append(",Produk Skala ").append(run).append(' ').append(i)
                    .append(",,cinderamata,").append(10_000 + i).append(",5,KUBE Skala,Kota Skala ")
                    .append(run.substring(0, 8)).append(",,PUBLISHED\n");
        }
        JsonNode job = Imports.awaitJob(app, COORDINATOR, Imports.start(app, COORDINATOR, csv.toString()));
        assertThat(job.get("status").asText()).isEqualTo("DONE");
        assertThat(job.get("failed").asLong()).isZero();
    }

    /** Until neither instance's count moves for three seconds: the outbox is drained. */
    private void awaitQuiet() {
        long[] last = {-1};
        long[] stableSince = {System.nanoTime()};
        Eventually.await(() -> {
            long now = indexed(first) + indexed(second);
            if (now != last[0]) {
                last[0] = now;
                stableSince[0] = System.nanoTime();
            }
            return Duration.ofNanos(System.nanoTime() - stableSince[0]);
        }, quiet -> quiet.compareTo(Duration.ofSeconds(3)) >= 0, "the outbox drained", Duration.ofSeconds(60));
    }

    /** The instance's MicroProfile Metrics counter of outbox entries it indexed. */
    static long indexed(RunningApplication app) {
        String metrics = Http.get(app.url("/metrics?scope=application")).body();
        return metrics.lines()
                .filter(line -> line.startsWith("search_outbox_indexed_total"))
                .map(line -> line.substring(line.lastIndexOf(' ') + 1))
                .mapToLong(value -> (long) Double.parseDouble(value))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no search_outbox_indexed counter in /metrics of " + app + ":\n" + metrics));
    }
}
