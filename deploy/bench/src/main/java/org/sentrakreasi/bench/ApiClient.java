package org.sentrakreasi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

/** The few HTTP calls the benchmark makes, over the JDK client, with JSON read by Jackson. */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String JSON_ACCEPT = "application/json";
    /** What browsers send for a page. */
    static final String PAGE_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final URI baseUrl;
    private final String basicAuthorization;
    // HTTP/1.1 as wrk speaks it; the JDK client's default h2c upgrade attempt would add a header exchange.
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** @param credentials user:password for the calls that need an account (the import, listings) */
    public ApiClient(String baseUrl, String credentials) {
        this.baseUrl = URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
        this.basicAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    public String baseUrl() {
        return baseUrl.toString();
    }

    /** A public GET whose whole body is read, as a browser or app would before using it. */
    public HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A page as a browser asks for it. */
    public HttpResponse<String> getPage(String path) throws IOException, InterruptedException {
        HttpRequest request = request(path).setHeader("Accept", PAGE_ACCEPT).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public JsonNode getJson(String path) throws IOException, InterruptedException {
        return json(get(path), 200, path);
    }

    /** A GET as the client's account. */
    public JsonNode getAuthorizedJson(String path) throws IOException, InterruptedException {
        HttpRequest request = request(path).header("Authorization", basicAuthorization).GET().build();
        return json(http.send(request, HttpResponse.BodyHandlers.ofByteArray()), 200, path);
    }

    /** A JSON POST as the account; {@code body} null sends none (the listing steps such as submit). */
    public JsonNode postJson(String path, String body, int expectedStatus) throws IOException, InterruptedException {
        HttpRequest request = request(path)
                .header("Authorization", basicAuthorization)
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return json(http.send(request, HttpResponse.BodyHandlers.ofByteArray()), expectedStatus, path);
    }

    /** Streams the file from disk: a 100,000-row catalog is tens of megabytes. */
    public JsonNode postCsv(String path, Path csv, int expectedStatus) throws IOException, InterruptedException {
        HttpRequest request = request(path)
                .header("Authorization", basicAuthorization)
                .header("Content-Type", "text/csv; charset=UTF-8")
                .timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofFile(csv))
                .build();
        return json(http.send(request, HttpResponse.BodyHandlers.ofByteArray()), expectedStatus, path);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(baseUrl.resolve(path))
                .setHeader("Accept", JSON_ACCEPT)
                .timeout(Duration.ofSeconds(60));
    }

    private static JsonNode json(HttpResponse<byte[]> response, int expectedStatus, String path) throws IOException {
        if (response.statusCode() != expectedStatus) {
            throw new IOException(response.request().method() + " " + path + " answered " + response.statusCode()
                    + " (expected " + expectedStatus + "): " + snippet(response.body()));
        }
        return JSON.readTree(response.body());
    }

    static String snippet(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
