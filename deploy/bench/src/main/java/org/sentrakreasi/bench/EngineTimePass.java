package org.sentrakreasi.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Runs the query set one request at a time and sets the latency the client sees beside the time the
 * engine itself spent (Server-Timing). Sequential on purpose: with no concurrency the difference is
 * the API's own cost (HTTP, JSON, facets, database look-ups), not queueing.
 */
public final class EngineTimePass {

    /**
     * @param engine empty when the build sends no Server-Timing engine metric
     * @param failures requests that did not answer 200; their times are left out
     */
    public record Result(Percentiles api, Percentiles engine, int failures) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiClient api;

    public EngineTimePass(ApiClient api) {
        this.api = api;
    }

    public Result run(List<SearchRequest> queries, int rounds) throws IOException, InterruptedException {
        System.out.printf("Sequential pass: %d queries, 1 warm-up round + %d measured ...%n", queries.size(), rounds);
        List<Double> apiMillis = new ArrayList<>();
        List<Double> engineMillis = new ArrayList<>();
        int failures = 0;
        List<String> empty = new ArrayList<>();
        for (int round = 0; round <= rounds; round++) {
            boolean warmUp = round == 0;
            for (SearchRequest query : queries) {
                long start = System.nanoTime();
                HttpResponse<byte[]> response = api.get(query.path());
                double millis = (System.nanoTime() - start) / 1e6;
                if (response.statusCode() != 200) {
                    if (!warmUp) {
                        failures++;
                    }
                    System.out.printf("  %s answered %d: %s%n", query.path(), response.statusCode(),
                            ApiClient.snippet(response.body()));
                    continue;
                }
                if (warmUp) {
                    noteEmptyResult(query, response.body(), empty);
                    continue;
                }
                apiMillis.add(millis);
                OptionalDouble engine = ServerTiming.duration(
                        response.headers().firstValue("Server-Timing"), ServerTiming.ENGINE);
                engine.ifPresent(engineMillis::add);
            }
        }
        if (!empty.isEmpty()) {
            System.out.printf("  %d of %d queries match nothing (cheaper than the rest): %s%n",
                    empty.size(), queries.size(), empty);
        }
        if (!apiMillis.isEmpty() && engineMillis.isEmpty()) {
            System.out.println("  no Server-Timing engine metric in the answers: engine time n/a");
        } else if (!engineMillis.isEmpty() && engineMillis.size() < apiMillis.size()) {
            System.out.printf("  Server-Timing engine metric on %d of %d answers%n", engineMillis.size(), apiMillis.size());
        }
        return new Result(Percentiles.of(apiMillis), Percentiles.of(engineMillis), failures);
    }

    /** Read in the warm-up round only, outside the timing: a query set that matches nothing measures little. */
    private static void noteEmptyResult(SearchRequest query, byte[] body, List<String> empty) throws IOException {
        if (JSON.readTree(body).path("total").asLong() == 0) {
            empty.add(query.path());
        }
    }
}
