package fr.allervers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import fr.allervers.commandline.CommandLineDatabase;
import fr.allervers.commandline.PackagedJar;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances of the packaged jar on one PostgreSQL, each on its own loopback port, as behind a load balancer
 * (which is their trusted proxy): what one instance knows of sessions and login attempts, the other knows too, and
 * plans are solved by either, even when the one solving dies. One database and two servers for the whole class
 * (with the demo territory, for plans, and a short heartbeat limit); each test signs in on its own. The test that
 * kills an instance comes last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final String ADMIN = "admin.instances";
    private static final String PASSWORD = "deux-instances-2026";
    private static final String BALANCER = "--allervers.security.trusted-proxies=127.0.0.1";
    private static final String[] SERVER = {BALANCER, "--allervers.demo.enabled=true",
            // A dead instance's solve is taken over after 4 s of silence, not 10: the test stays short.
            "--allervers.solving.heartbeat=1s", "--allervers.solving.missed-heartbeats=4"};
    private static final JsonMapper JSON = JsonMapper.builder().build();

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
        a = jar.startServer(SERVER); // loads the demo territory and accounts
        b = jar.startServer(SERVER); // finds them there
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

    @Test
    void aPlanLaunchedThroughOneInstanceIsFollowedToItsEndThroughTheOther() throws Exception {
        Visitor coordinator = new Visitor("198.51.100.5");
        coordinator.signIn(a, "coordination", "demo");
        long id = coordinator.launchPlan(a, 3);

        JsonNode seenFromB = coordinator.awaitEnd(b, id, Duration.ofSeconds(90));
        assertThat(seenFromB.get("status").asString()).isEqualTo("DONE");
        assertThat(seenFromB.get("score").asString()).startsWith("0hard/");
        assertThat(seenFromB.get("permanences").size()).isPositive();
        awaitNoJob(id);
        HttpResponse<String> events = coordinator.get(b, "/api/permanence-plans/" + id + "/events");
        assertThat(events.body()).as("the progress stream of the other instance ends with the outcome")
                .contains("\"status\":\"DONE\"");
    }

    /** kill -9 of the instance solving a plan: the other takes the job over and ends the plan from its checkpoint. */
    @Test
    @Order(Integer.MAX_VALUE)
    void aPlanWhoseSolvingInstanceIsKilledEndsDoneOnTheSurvivor() throws Exception {
        Visitor coordinator = new Visitor("198.51.100.6");
        coordinator.signIn(b, "coordination", "demo");
        long id = coordinator.launchPlan(b, 12);

        String solvedBy = awaitCheckpointedSolve(coordinator, id);
        PackagedJar.Server holder = solvedBy.contains(":" + a.port() + "/") ? a : b;
        PackagedJar.Server survivor = holder == a ? b : a;
        assertThat(solvedBy).as("picked_by names the instance by its port").contains(":" + holder.port() + "/");
        holder.kill();

        JsonNode plan = coordinator.awaitEnd(survivor, id, Duration.ofSeconds(120));
        assertThat(plan.get("status").asString()).as(survivor.log()).isEqualTo("DONE");
        assertThat(plan.get("score").asString()).startsWith("0hard/");
        assertThat(survivor.log()).contains("Found dead execution");
        awaitNoJob(id);
    }

    /** Waits until an instance is solving the plan and has written a first checkpoint; returns its picked_by. */
    private String awaitCheckpointedSolve(Visitor coordinator, long id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            String pickedBy = pickedBy(id);
            JsonNode plan = JSON.readTree(coordinator.get(a, "/api/permanence-plans/" + id).body());
            if (pickedBy != null && "SOLVING".equals(plan.get("status").asString())
                    && !plan.get("score").isNull()) {
                return pickedBy;
            }
            assertThat(plan.get("status").asString()).as("still solving").isEqualTo("SOLVING");
            Thread.sleep(200);
        }
        throw new AssertionError("plan " + id + " never had a checkpoint on a solving instance");
    }

    /** The job row goes just after the plan is written DONE. */
    private static void awaitNoJob(long planId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (database.count("select count(*) from scheduled_tasks where task_instance like ?",
                "permanence-" + planId + "-%") > 0) {
            assertThat(System.nanoTime()).as("the job of plan %d is gone once it is done", planId).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static String pickedBy(long planId) throws Exception {
        try (Connection connection = database.connect(); PreparedStatement query = connection.prepareStatement(
                "select picked_by from scheduled_tasks where picked and task_instance like ?")) {
            query.setString(1, "permanence-" + planId + "-%");
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
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

        /** Launches a permanence plan of one week of the demo territory, solved for {@code seconds}. */
        long launchPlan(PackagedJar.Server instance, int seconds) throws Exception {
            HttpResponse<String> territories = get(instance, "/api/territories");
            assertThat(territories.statusCode()).as(territories.body()).isEqualTo(200);
            long territory = JSON.readTree(territories.body()).valueStream()
                    .filter(t -> t.get("demo").asBoolean()).findFirst().orElseThrow().get("id").asLong();
            HttpResponse<String> launched = send(request(instance, "/api/permanence-plans")
                    .header("Content-Type", "application/json")
                    .header("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", ""))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"territoryId\":" + territory
                            + ",\"from\":\"2026-03-02\",\"to\":\"2026-03-06\",\"secondsLimit\":" + seconds + "}")));
            assertThat(launched.statusCode()).as(launched.body()).isEqualTo(202);
            return JSON.readTree(launched.body()).get("id").asLong();
        }

        /** Reads the plan on {@code instance} until it is no longer SOLVING. */
        JsonNode awaitEnd(PackagedJar.Server instance, long id, Duration limit) throws Exception {
            long deadline = System.nanoTime() + limit.toNanos();
            JsonNode plan;
            do {
                Thread.sleep(500);
                HttpResponse<String> answer = get(instance, "/api/permanence-plans/" + id);
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                plan = JSON.readTree(answer.body());
            } while ("SOLVING".equals(plan.get("status").asString()) && System.nanoTime() < deadline);
            return plan;
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
