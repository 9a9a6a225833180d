package fr.allervers.web;

import fr.allervers.support.TestTenants;
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

    /** Calls with HTTP Basic as an account made by the test itself, with its own password. */
    ServerApi(int port, String username, String password) {
        baseUrl = "http://localhost:" + port;
        authorization = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Calls as a script would: HTTP Basic as {@code username} (a test account, see {@code TestTenants}). */
    ServerApi(int port, String username) {
        baseUrl = "http://localhost:" + port;
        authorization = "Basic " + Base64.getEncoder().encodeToString((username + ":" + TestTenants.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Waits until the plan at {@code path} has stopped solving, and checks that it is DONE (the one wait). */
    JsonNode waitUntilDone(String path) {
        JsonNode[] last = {null};
        org.awaitility.Awaitility.await(path + " to stop solving").atMost(java.time.Duration.ofMinutes(2))
                .pollInterval(java.time.Duration.ofMillis(300))
                .until(() -> !"SOLVING".equals((last[0] = get(path)).get("status").asString()));
        org.assertj.core.api.Assertions.assertThat(last[0].get("status").asString()).as(path).isEqualTo("DONE");
        return last[0];
    }

    /** The id of the territory « Portes du Sud (démo) » of the caller's consortium. */
    long territoryId() {
        for (JsonNode territory : get("/api/territories")) {
            if (territory.get("name").asString().equals(fr.allervers.demo.DemoTerritoryLoader.TERRITORY)) {
                return territory.get("id").asLong();
            }
        }
        throw new AssertionError("no demo territory in " + get("/api/territories"));
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
