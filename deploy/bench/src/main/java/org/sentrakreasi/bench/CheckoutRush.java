package org.sentrakreasi.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
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
 *
 * <p>Each buyer is a blocking {@link HttpURLConnection}, with the JDK's keep-alive switched off
 * ({@code http.keepAlive}), so that every buyer of every round opens a connection of its own, as
 * 200 phones would. The JDK's asynchronous {@code HttpClient} was used first: it spent about a
 * second of CPU per round of 200, on the same two cores as the server it measured.
 */
public final class CheckoutRush {

    static final String ORDERS = "/api/v1/orders";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TIMEOUT_MILLIS = 60_000;

    static {
        // Read once, when the JDK's HTTP client code first loads: set before any connection is opened.
        System.setProperty("http.keepAlive", "false");
    }

    /** What one buyer got: the status, the problem type of a 409, and the latency from the release in ms. */
    record Answer(int status, String problemType, double millis) {

        boolean outOfStock() {
            return status == 409 && problemType.endsWith("/out-of-stock");
        }
    }

    private final URL orders;
    private final int buyers;

    public CheckoutRush(String baseUrl, int buyers) {
        try {
            this.orders = URI.create(baseUrl).resolve(ORDERS).toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Not an http address: " + baseUrl, e);
        }
        this.buyers = buyers;
    }

    /** Every buyer orders one piece of {@code productId}; returns their answers. */
    public List<Answer> run(String productId) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(buyers);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(buyers);
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            for (int buyer = 0; buyer < buyers; buyer++) {
                byte[] body = order(productId, buyer);
                String key = UUID.randomUUID().toString();
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    long start = System.nanoTime();
                    return send(body, key, start);
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

    private Answer send(byte[] body, String idempotencyKey, long start) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) orders.openConnection();
        try {
            connection.setRequestMethod("POST");
            connection.setConnectTimeout(TIMEOUT_MILLIS);
            connection.setReadTimeout(TIMEOUT_MILLIS);
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(body.length);
            connection.setRequestProperty("Content-Type", "application/json");
            connection.setRequestProperty("Accept", "application/json");
            connection.setRequestProperty("Idempotency-Key", idempotencyKey);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            int status = connection.getResponseCode();
            InputStream stream = status < 400 ? connection.getInputStream() : connection.getErrorStream();
            byte[] answer = stream == null ? new byte[0] : readAll(stream);
            double millis = (System.nanoTime() - start) / 1e6;
            return new Answer(status, problemType(status, answer), millis);
        } finally {
            connection.disconnect();
        }
    }

    private static byte[] readAll(InputStream stream) throws IOException {
        try (stream) {
            return stream.readAllBytes();
        }
    }

    /** Pickup at the Sentra and payment there: the order needs no address, only who collects it. */
    private static byte[] order(String productId, int buyer) {
        return """
                {"customer":{"name":"Pembeli %d","email":"pembeli%d@example.com","phone":"0812%08d"},
                 "delivery":{"method":"PICKUP"},"payment":"PAY_AT_PICKUP",
                 "lines":[{"productId":"%s","quantity":1}]}""".formatted(buyer, buyer, buyer, productId)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String problemType(int status, byte[] body) {
        if (status < 400) {
            return "";
        }
        try {
            return JSON.readTree(body).path("type").asText("");
        } catch (IOException e) {
            return "not JSON";
        }
    }
}
