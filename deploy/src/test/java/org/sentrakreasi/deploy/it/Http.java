package org.sentrakreasi.deploy.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A plain HTTP client for black-box tests, as any external client of the API would use. */
final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Http() {
    }

    static HttpResponse<String> get(String url) {
        return send(request(url).GET().build());
    }

    static HttpResponse<String> get(String url, String user, String password) {
        return send(request(url).header("Authorization", basic(user, password)).GET().build());
    }

    static HttpResponse<String> post(String url, String user, String password, String json) {
        return send(request(url).header("Authorization", basic(user, password))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)).build());
    }

    static HttpResponse<String> postCsv(String url, String user, String password, String csv) {
        return send(request(url).header("Authorization", basic(user, password))
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build());
    }

    static HttpResponse<String> postBytes(String url, String user, String password, String type, byte[] body) {
        return send(request(url).header("Authorization", basic(user, password)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    static HttpResponse<byte[]> getBytes(String url) {
        return sendBytes(request(url).GET().build());
    }

    static HttpResponse<byte[]> sendBytes(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> put(String url, String user, String password, String ifMatch, String json) {
        HttpRequest.Builder builder = request(url).header("Authorization", basic(user, password))
                .header("Content-Type", "application/json");
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        return send(builder.PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    static HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("Not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
