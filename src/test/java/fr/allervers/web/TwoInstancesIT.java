package fr.allervers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.allervers.commandline.CommandLineDatabase;
import fr.allervers.commandline.PackagedJar;

/**
 * Two instances of the packaged jar on one PostgreSQL, each on its own loopback port, as behind a load balancer
 * (which is their trusted proxy): what one instance knows of sessions and login attempts, the other knows too. One
 * database and two servers for the whole class; each test signs in on its own.
 */
class TwoInstancesIT {

    private static final String ADMIN = "admin.instances";
    private static final String PASSWORD = "deux-instances-2026";
    private static final String BALANCER = "--allervers.security.trusted-proxies=127.0.0.1";

    private static CommandLineDatabase database;
    private static PackagedJar.Server a;
    private static PackagedJar.Server b;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void twoInstancesOnOneDatabase() throws Exception {
        database = CommandLineDatabase.emptyPostgres();
        PackagedJar jar = new PackagedJar(Files.createTempDirectory("deux-instances"), database.environment(),
                database.arguments());
        PackagedJar.Result created = jar.run(Map.of(), PASSWORD + "\n", "create-user", ADMIN, "ADMIN",
                "--consortium=Consortium Deux Instances", "--password-stdin");
        assertThat(created.exitCode()).as(created.toString()).isZero();
        a = jar.startServer(BALANCER);
        b = jar.startServer(BALANCER);
    }

    @AfterAll
    static void stop() throws Exception {
        try (CommandLineDatabase closing = database; PackagedJar.Server first = a; PackagedJar.Server second = b) {
            // closed in reverse order: the servers, then the database
        }
    }

    @Test
    void aSessionMadeOnOneInstanceIsValidOnTheOther() throws Exception {
        Visitor visitor = new Visitor("198.51.100.1");
        HttpResponse<String> signedIn = visitor.signIn(a, ADMIN, PASSWORD);
        assertThat(signedIn.headers().allValues("Set-Cookie")).as("the session cookie behind TLS")
                .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("; Secure")
                        .containsIgnoringCase("; HttpOnly").containsIgnoringCase("SameSite=Lax"));

        HttpResponse<String> me = visitor.get(b, "/api/me");
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).contains(ADMIN);
    }

    @Test
    void aSignOutOnOneInstanceEndsTheSessionOnTheOther() throws Exception {
        Visitor visitor = new Visitor("198.51.100.2");
        visitor.signIn(a, ADMIN, PASSWORD);
        assertThat(visitor.get(a, "/api/me").statusCode()).isEqualTo(200);

        String session = visitor.cookies.get("JSESSIONID");

        HttpResponse<String> signedOut = visitor.post(b, "/logout", Map.of());
        assertThat(signedOut.statusCode()).as("signed out, as the pages' fetch sees it: " + signedOut.body())
                .isEqualTo(204);

        visitor.cookies.put("JSESSIONID", session); // as a copy of the cookie kept by someone else would be
        assertThat(visitor.get(a, "/api/me").statusCode()).as("the old session cookie, on the other instance")
                .isEqualTo(401);
    }

    @Test
    void fiveWrongPasswordsSpreadOverBothInstancesLockTheAccount() throws Exception {
        String address = "198.51.100.3";
        List<PackagedJar.Server> alternately = List.of(a, b, a, b, a);
        for (PackagedJar.Server instance : alternately) {
            assertThat(basic(instance, address, "mauvais-mot-de-passe").statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = basic(b, address, PASSWORD);
        assertThat(locked.statusCode()).as("even the right password, on either instance").isEqualTo(429);
        assertThat(locked.body()).contains("Trop de tentatives");
        assertThat(basic(a, address, PASSWORD).statusCode()).isEqualTo(429);
        assertThat(basic(a, "198.51.100.4", PASSWORD).statusCode()).as("the owner, from elsewhere").isEqualTo(200);
    }

    private HttpResponse<String> basic(PackagedJar.Server instance, String clientAddress, String password)
            throws Exception {
        String credentials = Base64.getEncoder()
                .encodeToString((ADMIN + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri(instance, "/api/me")).header("Authorization", "Basic " + credentials)
                .header("X-Forwarded-For", clientAddress).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(PackagedJar.Server instance, String path) {
        return URI.create("http://127.0.0.1:" + instance.port() + path);
    }

    /**
     * One browser behind the load balancer: its cookies go to whichever instance it is sent to, as the balancer
     * does (cookies do not depend on the port), and it arrives over HTTPS from {@code clientAddress}.
     */
    private final class Visitor {

        private final String clientAddress;
        private final Map<String, String> cookies = new LinkedHashMap<>();

        Visitor(String clientAddress) {
            this.clientAddress = clientAddress;
        }

        HttpResponse<String> signIn(PackagedJar.Server instance, String username, String password) throws Exception {
            get(instance, "/login"); // the XSRF-TOKEN cookie
            HttpResponse<String> answer = post(instance, "/login", Map.of("username", username, "password", password));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).doesNotContain("error"));
            return answer;
        }

        HttpResponse<String> get(PackagedJar.Server instance, String path) throws Exception {
            return send(request(instance, path).GET());
        }

        HttpResponse<String> post(PackagedJar.Server instance, String path, Map<String, String> form) throws Exception {
            StringBuilder body = new StringBuilder();
            form.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            return send(request(instance, path).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", ""))
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        }

        private HttpRequest.Builder request(PackagedJar.Server instance, String path) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(instance, path)).timeout(Duration.ofSeconds(60))
                    .header("X-Forwarded-For", clientAddress).header("X-Forwarded-Proto", "https");
            if (!cookies.isEmpty()) {
                request.header("Cookie", String.join("; ", cookies.entrySet().stream()
                        .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).toList()));
            }
            return request;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String cookie : answer.headers().allValues("Set-Cookie")) {
                String pair = cookie.split(";", 2)[0];
                int equals = pair.indexOf('=');
                String value = pair.substring(equals + 1);
                if (value.isEmpty() || cookie.toLowerCase().contains("max-age=0")) {
                    cookies.remove(pair.substring(0, equals));
                } else {
                    cookies.put(pair.substring(0, equals), value);
                }
            }
            return answer;
        }
    }
}
