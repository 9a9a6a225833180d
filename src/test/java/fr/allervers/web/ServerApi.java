package fr.allervers.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP calls to the running application, to compare what the pages draw with what the API answers. */
final class ServerApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String authorization;

    /** Calls as a script would: HTTP Basic as the demo coordinator. */
    ServerApi(int port) {
        this(port, "coordination", "demo");
    }

    /** Calls with HTTP Basic as another account, e.g. the demo admin for the accounts API. */
    ServerApi(int port, String username, String password) {
        baseUrl = "http://localhost:" + port;
        authorization = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    int status(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build()).statusCode();
    }

    JsonNode get(String path) {
        return JSON.readTree(send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build()).body());
    }

    JsonNode post(String path, String json) {
        return JSON.readTree(send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build())
                .body());
    }

    JsonNode put(String path) {
        return JSON.readTree(send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .PUT(HttpRequest.BodyPublishers.noBody()).build()).body());
    }

    JsonNode put(String path, String json) {
        return JSON.readTree(send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build())
                .body());
    }

    /** DELETE; the status, since a successful one answers 204 without a body. */
    int delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).DELETE().build()).statusCode();
    }

    JsonNode patch(String path, String json) {
        return JSON.readTree(send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json").method("PATCH", HttpRequest.BodyPublishers.ofString(json))
                .build()).body());
    }

    long featureCount(String path) {
        return get(path).get("features").size();
    }

    private HttpResponse<String> send(HttpRequest unsigned) {
        HttpRequest request = HttpRequest.newBuilder(unsigned, (name, value) -> true)
                .header("Authorization", authorization).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
