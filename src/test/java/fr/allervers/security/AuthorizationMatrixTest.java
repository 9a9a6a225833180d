package fr.allervers.security;

import fr.allervers.support.TestTenants;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import fr.allervers.support.DatabaseTest;

/**
 * Every endpoint against every role: who is let through and who gets 401/403. A row says which roles are
 * allowed; all the others must be refused. "Allowed" means neither 401 nor 403 (the call may still be a 400
 * for its content: here only the access decision matters).
 */
@DatabaseTest
class AuthorizationMatrixTest {

    private static final String ALL = "admin coordination terrain financeur";
    private static final String STAFF = "admin coordination terrain";
    private static final String MANAGERS = "admin coordination";

    private static final String ABSENCE = "{\"from\":\"2027-06-01\",\"to\":\"2027-06-02\"}";
    // No coordinates: allowed callers get the importer's 400 and nothing is written into the shared demo territory.
    private static final String PLACES_CSV = "ref;nom;type;lon;lat\nMATRIX-1;Place matrice;place publique;;\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService accounts;

    record Endpoint(String name, Supplier<AbstractMockHttpServletRequestBuilder<?>> request, String allowed) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("GET /api/territories", () -> get("/api/territories"), ALL),
                new Endpoint("GET /api/me", () -> get("/api/me"), ALL),
                new Endpoint("GET /api/coverage", () -> get("/api/coverage?territoryId=1"), ALL),
                new Endpoint("GET /api/coverage/export.csv", () -> get("/api/coverage/export.csv?territoryId=1"), ALL),
                new Endpoint("GET /api/coverage/funnel", () -> get("/api/coverage/funnel?territoryId=1"), ALL),
                new Endpoint("GET /api/coverage/funnel.csv", () -> get("/api/coverage/funnel.csv?territoryId=1"), ALL),
                new Endpoint("GET /api/layers/communes", () -> get("/api/layers/communes"), ALL),
                new Endpoint("GET /api/layers/qpv", () -> get("/api/layers/qpv"), ALL),
                new Endpoint("GET /api/qpv/at", () -> get("/api/qpv/at?lon=4.8898&lat=45.6999"), ALL),
                new Endpoint("GET /api/communes/{insee}/qpv", () -> get("/api/communes/69259/qpv"), ALL),
                new Endpoint("GET /api/layers/places", () -> get("/api/layers/places"), STAFF),
                new Endpoint("GET /api/layers/hotels", () -> get("/api/layers/hotels"), STAFF),
                new Endpoint("POST /api/imports/places", () -> multipart("/api/imports/places")
                        .file(new MockMultipartFile("file", "p.csv", null, PLACES_CSV.getBytes())), MANAGERS),
                new Endpoint("GET /api/users", () -> get("/api/users"), "admin"),
                new Endpoint("POST /api/users", () -> post("/api/users").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"x\"}"), "admin"),
                new Endpoint("GET /api/audit", () -> get("/api/audit"), MANAGERS),
                new Endpoint("GET /api/heatmap", () -> get("/api/heatmap?bbox=4.80,45.62,4.95,45.74&cell=500"), ALL),
                new Endpoint("GET /api/demand/communes", () -> get("/api/demand/communes"), ALL),
                new Endpoint("GET /api/demand/places", () -> get("/api/demand/places"), STAFF),
                new Endpoint("POST /api/encounters", () -> post("/api/encounters").contentType(MediaType.APPLICATION_JSON)
                        .content("{}"), STAFF),
                new Endpoint("POST /api/encounters/retractions", () -> post("/api/encounters/retractions")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"), STAFF),
                new Endpoint("GET /api/encounters/monthly", () -> get("/api/encounters/monthly"), STAFF),
                new Endpoint("POST /api/imports/encounters", () -> multipart("/api/imports/encounters")
                        .file(new MockMultipartFile("file", "e.csv", null, "date;lon\n".getBytes())), STAFF),
                new Endpoint("GET /api/permanence-plans", () -> get("/api/permanence-plans"), STAFF),
                new Endpoint("POST /api/permanence-plans", () -> post("/api/permanence-plans")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"), MANAGERS),
                new Endpoint("GET /api/permanence-plans/{id}", () -> get("/api/permanence-plans/999999"), STAFF),
                new Endpoint("GET /api/permanence-plans/{id}/export.csv", () -> get("/api/permanence-plans/999999/export.csv"),
                        STAFF),
                new Endpoint("PUT /api/permanence-plans/{id}/permanences/{pid}/pin",
                        () -> put("/api/permanence-plans/999999/permanences/1/pin"), MANAGERS),
                new Endpoint("PATCH /api/permanence-plans/{id}/permanences/{pid}",
                        () -> patch("/api/permanence-plans/999999/permanences/1").contentType(MediaType.APPLICATION_JSON)
                                .content("{}"), MANAGERS),
                new Endpoint("POST /api/permanence-plans/{id}/permanences/{pid}/move-preview",
                        () -> post("/api/permanence-plans/999999/permanences/1/move-preview")
                                .contentType(MediaType.APPLICATION_JSON).content("{}"), MANAGERS),
                new Endpoint("PUT /api/permanence-plans/{id}/publication",
                        () -> put("/api/permanence-plans/999999/publication"), MANAGERS),
                new Endpoint("DELETE /api/permanence-plans/{id}/publication",
                        () -> delete("/api/permanence-plans/999999/publication"), MANAGERS),
                new Endpoint("POST /api/permanence-plans/{id}/replan", () -> post("/api/permanence-plans/999999/replan"),
                        MANAGERS),
                new Endpoint("GET /api/maraude-plans", () -> get("/api/maraude-plans"), STAFF),
                new Endpoint("POST /api/maraude-plans", () -> post("/api/maraude-plans")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"), MANAGERS),
                new Endpoint("GET /api/maraude-plans/{id}", () -> get("/api/maraude-plans/999999"), STAFF),
                new Endpoint("GET /api/maraude-plans/{id}/teams/{team}.gpx",
                        () -> get("/api/maraude-plans/999999/teams/A.gpx"), STAFF),
                new Endpoint("GET /api/maraude-plans/{id}/teams/{team}/feuille-de-route",
                        () -> get("/api/maraude-plans/999999/teams/A/feuille-de-route"), STAFF),
                new Endpoint("PUT /api/maraude-plans/{id}/publication",
                        () -> put("/api/maraude-plans/999999/publication"), MANAGERS),
                new Endpoint("DELETE /api/maraude-plans/{id}/publication",
                        () -> delete("/api/maraude-plans/999999/publication"), MANAGERS),
                new Endpoint("PUT /api/maraude-plans/{id}/stops/{visitId}/check-off",
                        () -> put("/api/maraude-plans/999999/stops/a/check-off").contentType(MediaType.APPLICATION_JSON)
                                .content("{\"team\":\"a\",\"outcome\":\"VISITED\"}"), STAFF),
                new Endpoint("DELETE /api/maraude-plans/{id}/stops/{visitId}/check-off",
                        () -> delete("/api/maraude-plans/999999/stops/a/check-off?team=a"), STAFF),
                new Endpoint("PUT /api/users/{id}/staff", () -> put("/api/users/999999/staff")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"staffId\":null}"), "admin"),
                // Absences and van unavailability (unknown ids: allowed callers get 404, nothing is written).
                new Endpoint("PUT /api/staff/{id}/calendar-feed", () -> put("/api/staff/999999/calendar-feed"), STAFF),
                new Endpoint("GET /api/staff/{id}/calendar-feed", () -> get("/api/staff/999999/calendar-feed"), STAFF),
                new Endpoint("DELETE /api/staff/{id}/calendar-feed", () -> delete("/api/staff/999999/calendar-feed"),
                        STAFF),
                new Endpoint("GET /api/staff/{id}/absences", () -> get("/api/staff/999999/absences"), MANAGERS),
                new Endpoint("POST /api/staff/{id}/absences", () -> post("/api/staff/999999/absences")
                        .contentType(MediaType.APPLICATION_JSON).content(ABSENCE), MANAGERS),
                new Endpoint("DELETE /api/staff/{id}/absences/{aid}", () -> delete("/api/staff/999999/absences/1"),
                        MANAGERS),
                new Endpoint("GET /api/vans/{id}/unavailability", () -> get("/api/vans/999999/unavailability"),
                        MANAGERS),
                new Endpoint("POST /api/vans/{id}/unavailability", () -> post("/api/vans/999999/unavailability")
                        .contentType(MediaType.APPLICATION_JSON).content(ABSENCE), MANAGERS),
                new Endpoint("DELETE /api/vans/{id}/unavailability/{uid}",
                        () -> delete("/api/vans/999999/unavailability/1"), MANAGERS),
                // Per-commune targets.
                new Endpoint("GET /api/territories/{id}/communes/{insee}/targets",
                        () -> get("/api/territories/999999/communes/69259/targets"), MANAGERS),
                new Endpoint("PUT /api/territories/{id}/communes/{insee}/targets",
                        () -> put("/api/territories/999999/communes/69259/targets")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"minPerMonth\":2,\"maxPerMonth\":4,\"minSpacingDays\":5}"), MANAGERS),
                new Endpoint("DELETE /api/territories/{id}/communes/{insee}/targets",
                        () -> delete("/api/territories/999999/communes/69259/targets"), MANAGERS),
                // The public schedule's switch (its pages are anonymous: PublicScheduleProbeTest).
                new Endpoint("GET /api/territories/{id}/public-schedule",
                        () -> get("/api/territories/999999/public-schedule"), MANAGERS),
                new Endpoint("PUT /api/territories/{id}/public-schedule",
                        () -> put("/api/territories/999999/public-schedule").contentType(MediaType.APPLICATION_JSON)
                                .content("{\"enabled\":true}"), MANAGERS),
                // Permanence plans: the field reads, and only its own part where it is personal (see FieldStaffDayTest).
                new Endpoint("GET /api/permanence-plans/my-day", () -> get("/api/permanence-plans/my-day?date=2026-03-03"),
                        STAFF),
                new Endpoint("GET /api/permanence-plans/{id}/my-day",
                        () -> get("/api/permanence-plans/999999/my-day?date=2026-03-03"), STAFF),
                new Endpoint("GET /api/permanence-plans/{id}/calendar/staff/{sid}.ics",
                        () -> get("/api/permanence-plans/999999/calendar/staff/1.ics"), STAFF),
                new Endpoint("GET /api/organisations", () -> get("/api/organisations"), STAFF),
                new Endpoint("GET /api/staff", () -> get("/api/staff"), STAFF),
                new Endpoint("GET /api/vans", () -> get("/api/vans"), STAFF),
                // Administration: unknown ids or empty bodies, so that allowed callers get 400/404 and nothing is
                // written (AdministrationApiTest and AccountLifecycleApiTest do the real work).
                new Endpoint("GET /api/organisations?archived=true", () -> get("/api/organisations?archived=true"),
                        STAFF),
                new Endpoint("POST /api/organisations", () -> post("/api/organisations")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"), "admin"),
                new Endpoint("PUT /api/organisations/{id}", () -> put("/api/organisations/999999")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\"}"), "admin"),
                new Endpoint("PUT /api/organisations/{id}/archived", () -> put("/api/organisations/999999/archived")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"archived\":true}"), "admin"),
                new Endpoint("POST /api/territories", () -> post("/api/territories")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"), "admin"),
                new Endpoint("PUT /api/territories/{id}", () -> put("/api/territories/999999")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"), "admin"),
                new Endpoint("GET /api/setup/progress", () -> get("/api/setup/progress"), "admin"),
                new Endpoint("PUT /api/users/{id}/enabled", () -> put("/api/users/999999/enabled")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":false}"), "admin"),
                new Endpoint("POST /api/users/{id}/password-reset", () -> post("/api/users/999999/password-reset"),
                        "admin"),
                // Wrong current password: a 400 for everyone signed in, and nothing changes.
                new Endpoint("PUT /api/me/password", () -> put("/api/me/password").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"pas-le-bon\",\"newPassword\":\"kayak-brume9\"}"), ALL),
                new Endpoint("GET /actuator/health", () -> get("/actuator/health"), ALL + " anonymous"),
                new Endpoint("GET /login", () -> get("/login"), ALL + " anonymous"),
                new Endpoint("GET /sw.js", () -> get("/sw.js"), ALL + " anonymous"));
    }

    /**
     * The territory editor, on each kind of item: the field and coordinators read, coordinators write, funders
     * neither. Unknown ids and empty bodies: allowed callers get 404 or 400, and nothing is written.
     */
    static List<Endpoint> editorEndpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (String path : List.of("/api/places", "/api/hotels", "/api/staff", "/api/vans")) {
            String item = path + "/999999";
            if (!path.equals("/api/staff") && !path.equals("/api/vans")) {
                endpoints.add(new Endpoint("GET " + path, () -> get(path), STAFF));
            }
            endpoints.add(new Endpoint("GET " + path + "/{id}", () -> get(item), STAFF));
            endpoints.add(new Endpoint("POST " + path, () -> post(path).contentType(MediaType.APPLICATION_JSON)
                    .content("{}"), MANAGERS));
            endpoints.add(new Endpoint("PUT " + path + "/{id}", () -> put(item).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"version\":0}"), MANAGERS));
            endpoints.add(new Endpoint("DELETE " + path + "/{id}", () -> delete(item), MANAGERS));
            endpoints.add(new Endpoint("PUT " + path + "/{id}/archive", () -> put(item + "/archive"), MANAGERS));
            endpoints.add(new Endpoint("DELETE " + path + "/{id}/archive", () -> delete(item + "/archive"), MANAGERS));
        }
        return endpoints;
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : Stream.concat(endpoints().stream(), editorEndpoints().stream()).toList()) {
            for (String user : List.of("anonymous", "admin", "coordination", "terrain", "financeur")) {
                cases.add(Arguments.of(endpoint, user, List.of(endpoint.allowed().split(" ")).contains(user)));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}: allowed={2}")
    @MethodSource("matrix")
    void accessIsAsDesigned(Endpoint endpoint, String user, boolean allowed) throws Exception {
        AbstractMockHttpServletRequestBuilder<?> request = endpoint.request().get();
        // The accounts are the real demo ones; loading them directly skips a BCrypt check per case (authentication
        // itself is tested in BrowserSessionTest), so the matrix stays fast.
        request.with(user.equals("anonymous") ? anonymous() : user(accounts.loadUserByUsername(tenantAccount(user))));
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        if (allowed) {
            assertThat(status).as(endpoint + " as " + user).isNotIn(401, 403);
        } else {
            assertThat(status).as(endpoint + " as " + user).isEqualTo(user.equals("anonymous") ? 401 : 403);
        }
    }

    /** The test class's own account for the demo account name used in the matrix. */
    private static String tenantAccount(String demoName) {
        Role role = switch (demoName) {
            case "admin" -> Role.ADMIN;
            case "coordination" -> Role.COORDINATOR;
            case "terrain" -> Role.FIELD;
            default -> Role.FUNDER;
        };
        return TestTenants.username(AuthorizationMatrixTest.class, role);
    }

    /** The planning page is the coordinators'; the field and funders land on their own view instead. */
    @org.junit.jupiter.api.Test
    void eachRoleIsSentToItsOwnView() throws Exception {
        assertThat(page("/planification.html", "terrain").getRedirectedUrl()).isEqualTo("/ma-journee.html");
        assertThat(page("/planification.html", "financeur").getRedirectedUrl()).isEqualTo("/financeur.html");
        assertThat(page("/ma-journee.html", "financeur").getRedirectedUrl()).isEqualTo("/financeur.html");
        assertThat(page("/planification.html", "coordination").getStatus()).isEqualTo(200);
        assertThat(page("/planification.html", "admin").getStatus()).isEqualTo(200);
        assertThat(page("/ma-journee.html", "terrain").getStatus()).isEqualTo(200);
    }

    /** A refused call says, in plain French, which account cannot do what, and whom to ask. */
    @org.junit.jupiter.api.Test
    void aRefusalSaysWhyInPlainFrench() throws Exception {
        var launch = mvc.perform(post("/api/permanence-plans").contentType(MediaType.APPLICATION_JSON).content("{}")
                .with(user(accounts.loadUserByUsername(tenantAccount("terrain"))))).andReturn().getResponse();
        assertThat(launch.getStatus()).isEqualTo(403);
        assertThat(launch.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Votre compte (terrain) ne peut pas lancer de calcul : demandez à la coordination.");
        var accounts = mvc.perform(get("/api/users")
                .with(user(this.accounts.loadUserByUsername(tenantAccount("coordination"))))).andReturn().getResponse();
        assertThat(accounts.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Votre compte (coordination) ne peut pas consulter ces données : demandez à l’administration.");
    }

    private org.springframework.mock.web.MockHttpServletResponse page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(user(accounts.loadUserByUsername(tenantAccount(user))))).andReturn()
                .getResponse();
    }

    /** Pages need a session: anonymous visitors are sent to the login page, the API answers 401 instead. */
    @org.junit.jupiter.api.Test
    void anonymousBrowsersAreSentToTheLoginPage() throws Exception {
        var page = mvc.perform(get("/planification.html").with(anonymous())).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(302);
        assertThat(page.getRedirectedUrl()).endsWith("/login");
        var api = mvc.perform(get("/api/territories").with(anonymous())).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(401);
        assertThat(api.getHeader("WWW-Authenticate")).as("no Basic challenge for browsers to cache").isNull();
        assertThat(api.getContentType()).startsWith("application/problem+json");
    }
}
