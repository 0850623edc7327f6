package org.sentrakreasi.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Many buyers ordering one piece of the same product at the same instant, as in the minutes after a
 * product is shared: each buyer on its own thread and connection with its own Idempotency-Key, all
 * released together by a latch once every one is ready, so that the server sees them at once.
 */
public final class CheckoutRush {

    static final String ORDERS = "/api/v1/orders";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What one buyer got: the status, the problem type of a 409, and the latency from the release in ms. */
    record Answer(int status, String problemType, double millis) {

        boolean outOfStock() {
            return status == 409 && problemType.endsWith("/out-of-stock");
        }
    }

    private final URI orders;
    private final int buyers;
    // A client per rush, so that no round reuses the connections of the one before: the JDK client
    // opens one connection per concurrent request over HTTP/1.1 and has no pool limit, so every
    // buyer gets its own connection, as 200 phones would.
    private final HttpClient http;

    public CheckoutRush(String baseUrl, int buyers) {
        this.orders = URI.create(baseUrl).resolve(ORDERS);
        this.buyers = buyers;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30))
                .build();
    }

    /** Every buyer orders one piece of {@code productId}; returns their answers. */
    public List<Answer> run(String productId) throws IOException, InterruptedException {
        CountDownLatch ready = new CountDownLatch(buyers);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(buyers);
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            for (int buyer = 0; buyer < buyers; buyer++) {
                HttpRequest request = order(productId, buyer);
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    long start = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    double millis = (System.nanoTime() - start) / 1e6;
                    return new Answer(response.statusCode(), problemType(response), millis);
                }));
            }
            ready.await();
            go.countDown();
            List<Answer> result = new ArrayList<>();
            for (Future<Answer> answer : answers) {
                try {
                    result.add(answer.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    // A buyer whose request failed (timeout, reset) counts as an answer of its own kind.
                    result.add(new Answer(0, e.getCause().toString(), Double.NaN));
                }
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Pickup at the Sentra and payment there: the order needs no address, only who collects it. */
    private HttpRequest order(String productId, int buyer) {
        String body = """
                {"customer":{"name":"Pembeli %d","email":"pembeli%d@example.com","phone":"0812%08d"},
                 "delivery":{"method":"PICKUP"},"payment":"PAY_AT_PICKUP",
                 "lines":[{"productId":"%s","quantity":1}]}""".formatted(buyer, buyer, buyer, productId);
        return HttpRequest.newBuilder(orders)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static String problemType(HttpResponse<String> response) {
        if (response.statusCode() < 400) {
            return "";
        }
        try {
            return JSON.readTree(response.body()).path("type").asText("");
        } catch (IOException e) {
            return "not JSON";
        }
    }
}
