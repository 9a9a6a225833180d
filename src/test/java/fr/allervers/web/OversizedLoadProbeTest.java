package fr.allervers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.allervers.security.Role;
import fr.allervers.support.TestTenants;

/**
 * Issue #13, the load test: 20 concurrent oversized {@code POST /api/encounters} from a signed-in field account
 * (half announcing 38 MB, half sent chunked without a length) over loopback, on the real server. Each is refused
 * with 413, none is read whole, and afterwards the service still answers a normal request at once. Bounded: at most
 * 3 MB written per request, every socket with a timeout.
 */
@BrowserTest
class OversizedLoadProbeTest {

    private static final int REQUESTS = 20;
    private static final long ANNOUNCED = 38L * 1024 * 1024;
    private static final int MAX_WRITTEN = 3 * 1024 * 1024;

    @LocalServerPort
    int port;

    @Test
    void twentyConcurrentOversizedRequestsAreRefusedAndTheServiceStillAnswers() throws Exception {
        String field = basic(Role.FIELD);
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        try {
            List<Future<String>> statuses = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                boolean chunked = i % 2 == 1;
                statuses.add(pool.submit(() -> oversizedPost(field, chunked)));
            }
            for (Future<String> status : statuses) {
                assertThat(status.get(30, TimeUnit.SECONDS)).startsWith("HTTP/1.1 413");
            }
        } finally {
            pool.shutdownNow();
        }

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long start = System.nanoTime();
        HttpResponse<String> territories = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/territories")).header("Authorization", basic(Role.COORDINATOR))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(territories.statusCode()).isEqualTo(200);
        assertThat(territories.body()).contains("Portes du Sud");
        // Its usual time is well under a second (one BCrypt check for HTTP Basic); 5 s is the request's own timeout.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    /** Sends headers and up to {@link #MAX_WRITTEN} bytes of body, then reads the status line the server gives. */
    private String oversizedPost(String authorization, boolean chunked) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/encounters HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAuthorization: " + authorization
                    + "\r\nContent-Type: application/json\r\n"
                    + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + ANNOUNCED + "\r\n") + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] block = "{\"lon\": 4.88, \"lat\": 45.7},".repeat(2000).getBytes(StandardCharsets.US_ASCII);
            try {
                out.write(chunked ? chunk("[".getBytes(StandardCharsets.US_ASCII)) : "[".getBytes(StandardCharsets.US_ASCII));
                for (int written = 0; written < MAX_WRITTEN; written += block.length) {
                    out.write(chunked ? chunk(block) : block);
                }
                out.flush();
            } catch (IOException refusedWhileSending) {
                // The server answered and closed the connection before the body was sent: read its answer.
            }
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }

    private static byte[] chunk(byte[] data) {
        byte[] head = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] result = new byte[head.length + data.length + 2];
        System.arraycopy(head, 0, result, 0, head.length);
        System.arraycopy(data, 0, result, head.length, data.length);
        result[result.length - 2] = '\r';
        result[result.length - 1] = '\n';
        return result;
    }

    private String basic(Role role) {
        return "Basic " + Base64.getEncoder().encodeToString((TestTenants.username(getClass(), role) + ":"
                + TestTenants.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
