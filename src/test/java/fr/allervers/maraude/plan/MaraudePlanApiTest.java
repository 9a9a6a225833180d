package fr.allervers.maraude.plan;

import fr.allervers.solving.SolvingJobs;
import fr.allervers.support.TestTenants;
import fr.allervers.support.AsRole;

import static fr.allervers.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;
import org.w3c.dom.Document;

import fr.allervers.demo.DemoTerritoryLoader;
import fr.allervers.security.Accounts;
import fr.allervers.security.AppUserRepository;
import fr.allervers.security.Role;
import fr.allervers.support.Api;
import fr.allervers.support.DatabaseTest;
import fr.allervers.territory.ConsortiumRepository;
import fr.allervers.territory.HotelRepository;
import fr.allervers.territory.PlaceRepository;
import fr.allervers.territory.TerritoryRepository;
import tools.jackson.databind.JsonNode;

/** Maraude plans end to end on the demo territory: launch, poll, rounds, exports, refusals, tenant isolation. */
@DatabaseTest
class MaraudePlanApiTest {

    /** Solved once per test JVM and database, shared by the tests that only read it. */
    private static Long demoPlanId;

    @Autowired
    MockMvc mvc;
    @Autowired
    TerritoryRepository territories;
    @Autowired
    ConsortiumRepository consortia;
    @Autowired
    PlaceRepository places;
    @Autowired
    HotelRepository hotels;
    @Autowired
    fr.allervers.demand.DemandScores demandScores;
    @Autowired
    MaraudePlanRepository plans;
    @Autowired
    SolvingJobs jobs;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Accounts accounts;
    @Autowired
    AppUserRepository users;

    @Test
    void aDemoDayWithTwoTeamsReachesZeroHardWithEveryDueHotelOnARound() throws Exception {
        JsonNode plan = demoPlan();

        assertThat(plan.get("status").asString()).isEqualTo("DONE");
        assertThat(plan.get("score").asString()).startsWith("0hard/0medium");
        assertThat(plan.get("feasible").asBoolean()).isTrue();
        List<String> planned = new ArrayList<>();
        plan.get("teams").forEach(round -> round.get("stops").forEach(s -> planned.add(s.get("visitId").asString())));
        // The six demo hotels have never been visited: all are due, hence mandatory, and all are planned.
        assertThat(planned).containsAll(demoHotelVisitIds());
        assertThat(planned).doesNotHaveDuplicates();
        plan.get("leftOut").forEach(left -> assertThat(left.get("mandatory").asBoolean()).isFalse());
        // Balanced workloads (issue 15): neither van idles while the other does the day, each has a third or more.
        for (JsonNode round : plan.get("teams")) {
            assertThat(round.get("stops").size()).as("stops of %s out of %d", round.get("name").asString(),
                    planned.size()).isGreaterThanOrEqualTo((planned.size() + 2) / 3);
        }
        for (JsonNode round : plan.get("teams")) {
            assertThat(round.get("date").asString()).isEqualTo("2030-06-03");
            JsonNode stops = round.get("stops");
            for (int i = 0; i < stops.size(); i++) {
                JsonNode stop = stops.get(i);
                assertThat(stop.get("order").asInt()).isEqualTo(i + 1);
                assertThat(stop.get("arrival").asString()).startsWith("2030-06-03T");
                assertThat(stop.get("departure").asString()).isGreaterThan(stop.get("arrival").asString());
                if (i > 0) {
                    assertThat(stop.get("arrival").asString())
                            .isGreaterThanOrEqualTo(stops.get(i - 1).get("departure").asString());
                }
            }
            if (!stops.isEmpty()) {
                assertThat(round.get("route").get("type").asString()).isEqualTo("LineString");
                // Straight legs with the default routing: the line runs through each stop's position, in order.
                List<String> vertices = new ArrayList<>();
                round.get("route").get("coordinates").forEach(c -> vertices.add(c.get(0).asDouble() + ","
                        + c.get(1).asDouble()));
                int from = 0;
                for (JsonNode stop : stops) {
                    int at = vertices.subList(from, vertices.size()).indexOf(stop.get("lon").asDouble() + ","
                            + stop.get("lat").asDouble());
                    assertThat(at).as("stop %s on the route", stop.get("name").asString()).isNotNegative();
                    from += at;
                }
                assertThat(vertices.get(0)).isEqualTo(vertices.get(vertices.size() - 1));
            }
        }
    }

    @Test
    void streetSpotsAreRankedByTheirDemandScore() throws Exception {
        demoPlan();
        var territory = territories.findById(demoTerritoryId()).orElseThrow();
        var scores = demandScores.forPlaces(territory);
        List<MaraudeVisit> spots = transactions.execute(tx -> plans.findById(demoPlanId).orElseThrow().getVisits()
                .stream().filter(v -> v.getKind() == fr.allervers.maraude.domain.VisitKind.STREET_HOTSPOT).toList());

        assertThat(spots).isNotEmpty().allSatisfy(spot -> {
            assertThat(scores).containsKey(spot.getPlaceId());
            assertThat(spot.getPriority()).isEqualTo(Math.max(1, Math.round(9 * scores.get(spot.getPlaceId()))));
        });
    }

    @Test
    void gpxHasOneWaypointPerStopAndATrack() throws Exception {
        JsonNode plan = demoPlan();
        JsonNode round = busiestRound(plan);
        MvcResult result = mvc.perform(get("/api/maraude-plans/" + demoPlanId + "/teams/"
                + round.get("team").asString() + ".gpx")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith("application/gpx+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document gpx = factory.newDocumentBuilder().parse(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
        String ns = GpxWriter.NAMESPACE;
        assertThat(gpx.getDocumentElement().getAttribute("version")).isEqualTo("1.1");
        assertThat(gpx.getElementsByTagNameNS(ns, "wpt").getLength()).isEqualTo(round.get("stops").size());
        assertThat(gpx.getElementsByTagNameNS(ns, "trkpt").getLength())
                .isEqualTo(round.get("route").get("coordinates").size());
        String firstName = gpx.getElementsByTagNameNS(ns, "wpt").item(0).getFirstChild().getTextContent();
        assertThat(firstName).isEqualTo("1. " + round.get("stops").get(0).get("name").asString());
        assertThat(auditActions()).contains("EXPORT");
    }

    @Test
    void routeSheetListsEveryStopInOrderInFrench() throws Exception {
        JsonNode plan = demoPlan();
        JsonNode round = busiestRound(plan);
        MvcResult result = mvc.perform(get("/api/maraude-plans/" + demoPlanId + "/teams/"
                + round.get("team").asString() + "/feuille-de-route")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith("text/html");
        String html = HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(html).contains("Feuille de route", "lundi 3 juin 2030", "@media print");
        int from = 0;
        for (JsonNode stop : round.get("stops")) {
            int at = html.indexOf(stop.get("name").asString(), from);
            assertThat(at).as("stop %s after position %d", stop.get("name").asString(), from).isGreaterThan(from);
            from = at;
        }
    }

    @Test
    void aVisitWithAnImpossibleTimeWindowIsLeftOutWithAFrenchReason() throws Exception {
        String body = """
                {"territoryId": %d, "date": "2030-06-04", "secondsLimit": 1,
                 "teams": [{"id": "pied", "name": "Maraude à pied", "mode": "FOOT", "shiftStart": "09:00",
                            "shiftEnd": "12:00", "base": {"lon": 4.8866, "lat": 45.6976}}],
                 "visits": [{"id": "aube", "name": "Hôtel de l'aube", "kind": "HOTEL_115", "lon": 4.8790,
                             "lat": 45.7010, "windows": "05:00-06:00", "mandatory": true},
                            {"id": "parc", "name": "Hôtel du Parc", "kind": "HOTEL_115", "lon": 4.8921,
                             "lat": 45.7063, "windows": "10:00-11:00", "mandatory": true}]}
                """.formatted(demoTerritoryId());
        JsonNode plan = solved(launch(body));

        assertThat(plan.get("feasible").asBoolean()).isFalse();
        assertThat(plan.get("teams").get(0).get("stops")).singleElement()
                .satisfies(stop -> assertThat(stop.get("visitId").asString()).isEqualTo("parc"));
        assertThat(plan.get("leftOut")).singleElement().satisfies(left -> {
            assertThat(left.get("visitId").asString()).isEqualTo("aube");
            assertThat(left.get("mandatory").asBoolean()).isTrue();
            assertThat(left.get("reason").asString()).isEqualTo(
                    "Hôtel de l'aube : hors des créneaux de visite compatibles avec la tournée");
        });
    }

    @Test
    void aPlanOverSeveralDaysSpreadsVisitsThatDoNotFitInOneShift() throws Exception {
        // One hour of shift a day, 40 minutes per visit: one visit a day, on three days (Monday, Tuesday, Thursday).
        String body = """
                {"territoryId": %d, "dates": ["2030-06-06", "2030-06-03", "2030-06-04"], "secondsLimit": 1,
                 "teams": [{"id": "pied", "name": "À pied", "mode": "FOOT", "shiftStart": "09:00",
                            "shiftEnd": "10:00", "base": {"lon": 4.8866, "lat": 45.6976}}],
                 "visits": [{"id": "a", "name": "Lieu A", "lon": 4.8870, "lat": 45.6980, "serviceMinutes": 40},
                            {"id": "b", "name": "Lieu B", "lon": 4.8860, "lat": 45.6970, "serviceMinutes": 40},
                            {"id": "c", "name": "Lieu C", "lon": 4.8875, "lat": 45.6975, "serviceMinutes": 40,
                             "windows": "09:00-09:30"}]}
                """.formatted(demoTerritoryId());
        JsonNode plan = solved(launch(body));

        assertThat(plan.get("dates").toString()).isEqualTo("[\"2030-06-03\",\"2030-06-04\",\"2030-06-06\"]");
        assertThat(plan.get("feasible").asBoolean()).isTrue();
        assertThat(plan.get("leftOut")).isEmpty();
        List<String> days = new ArrayList<>();
        for (JsonNode round : plan.get("teams")) {
            assertThat(round.get("stops")).hasSize(1);
            JsonNode stop = round.get("stops").get(0);
            assertThat(stop.get("arrival").asString()).startsWith(round.get("date").asString() + "T09:");
            assertThat(stop.get("departure").asString()).isLessThanOrEqualTo(round.get("date").asString() + "T10:00");
            days.add(round.get("date").asString());
        }
        assertThat(days).containsExactly("2030-06-03", "2030-06-04", "2030-06-06");
    }

    @Test
    void invalidRequestsAreRefusedWithAProblemAndWriteNothing() throws Exception {
        long before = plans.count();
        long territory = demoTerritoryId();
        String team = """
                {"name": "A", "mode": "CAR", "shiftStart": "09:00", "shiftEnd": "17:00",
                 "base": {"lon": 4.88, "lat": 45.70}%s}""";
        String visits = ", \"visits\": [{\"name\": \"Lieu\", \"lon\": 4.87, \"lat\": 45.70}]";

        assertProblem(post(territory, "\"teams\": []" + visits), 400, "aucune équipe");
        assertProblem(post(territory, "\"teams\": [" + team.formatted("").replace("17:00", "08:00") + "]" + visits),
                400, "doit suivre le début");
        assertProblem(post(territory, "\"teams\": [" + team.formatted(", \"capacity\": -2") + "]" + visits), 400,
                "capacité négative");
        assertProblem(post(territory, "\"teams\": [" + team.formatted("") + "]"), 400, "aucune visite");
        assertProblem(post(territory, "\"teams\": [" + team.formatted("").replace("CAR", "BIKE") + "]" + visits),
                400, "illisible");
        assertProblem(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/maraude-plans")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"territoryId\": " + territory + ", \"teams\": [" + team.formatted("") + "]" + visits + "}"),
                400, "date manquante");
        assertProblem(post(territory, "\"teams\": [" + team.formatted("") + "]" + visits
                .replace("4.87", "487")), 400, "position WGS84");
        assertProblem(post(territory, "\"teams\": [" + team.formatted("") + "]" + visits
                .replace("\"lon\"", "\"windows\": \"12:00-10:00\", \"lon\"")), 400, "créneau vide ou inversé");
        assertProblem(post(999_999, "\"teams\": [" + team.formatted("") + "]" + visits), 404, "territoire 999999 introuvable");
        assertProblem(post(territory, "\"teams\": [" + team.formatted(", \"basePlaceId\": 999999") + "]" + visits),
                404, "lieu inconnu");
        assertProblem(post(territory, "\"teams\": [" + team.formatted("") + "], \"visits\": [{\"hotelId\": 999999}]"),
                404, "hôtel inconnu");
        assertThat(mvc.perform(get("/api/maraude-plans/999999")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(plans.count()).isEqualTo(before);
    }

    @Test
    void anotherConsortiumGets404ForTheDemoPlanAndDoesNotListIt() throws Exception {
        demoPlan();
        if (users.findByUsernameIgnoreCase("coord-maraude-autre").isEmpty()) {
            accounts.create("coord-maraude-autre", "mot-de-passe-m", Role.COORDINATOR,
                    accounts.consortium("Consortium Maraude Autre"), "Association Autre");
        }
        var other = httpBasic("coord-maraude-autre", "mot-de-passe-m");

        assertThat(status(get("/api/maraude-plans/" + demoPlanId).with(other))).isEqualTo(404);
        assertThat(status(get("/api/maraude-plans/" + demoPlanId + "/teams/equipe-1.gpx").with(other))).isEqualTo(404);
        assertThat(status(get("/api/maraude-plans/" + demoPlanId + "/teams/equipe-1/feuille-de-route").with(other)))
                .isEqualTo(404);
        assertThat(json(mvc.perform(get("/api/maraude-plans").with(other)).andReturn())).isEmpty();
        assertThat(json(mvc.perform(get("/api/maraude-plans?territoryId=" + demoTerritoryId())).andReturn()))
                .anySatisfy(summary -> assertThat(summary.get("id").asLong()).isEqualTo(demoPlanId));
    }

    @Test
    @AsRole(Role.FIELD)
    void fieldStaffReadPlansAndExportsButDoNotLaunchPlans() throws Exception {
        demoPlan();
        mvc.perform(put("/api/maraude-plans/" + demoPlanId + "/publication")
                .with(TestTenants.basic(MaraudePlanApiTest.class, Role.COORDINATOR)));
        assertThat(status(get("/api/maraude-plans/" + demoPlanId))).isEqualTo(200);
        assertThat(status(get("/api/maraude-plans/" + demoPlanId + "/teams/equipe-1.gpx"))).isEqualTo(200);
        assertThat(status(post(demoTerritoryId(), "\"teams\": []"))).isEqualTo(403);
    }

    @Test
    @AsRole(Role.FUNDER)
    void fundersSeeNoMaraudePlan() throws Exception {
        demoPlan();
        assertThat(status(get("/api/maraude-plans/" + demoPlanId))).isEqualTo(403);
        assertThat(status(get("/api/maraude-plans/" + demoPlanId + "/teams/equipe-1.gpx"))).isEqualTo(403);
    }

    @Test
    void aPlanLeftSolvingWithoutAJobIsSolvedAgainOnStart() throws Exception {
        String body = """
                {"territoryId": %d, "date": "2030-06-05", "secondsLimit": 1,
                 "teams": [{"id": "camion", "name": "Camion", "mode": "CAR", "shiftStart": "09:00",
                            "shiftEnd": "17:00", "base": {"lon": 4.8866, "lat": 45.6976}}],
                 "visits": [{"id": "a", "name": "Lieu A", "lon": 4.8790, "lat": 45.7010},
                            {"id": "b", "name": "Lieu B", "lon": 4.8921, "lat": 45.7063}]}
                """.formatted(demoTerritoryId());
        long id = launch(body);
        solved(id);
        // What a plan stored before the solving jobs existed looks like: the request, status SOLVING, no job.
        transactions.executeWithoutResult(tx -> plans.findById(id).orElseThrow().restartSolving());
        assertThat(json(mvc.perform(get("/api/maraude-plans/" + id)).andReturn()).get("status").asString())
                .isEqualTo("SOLVING");

        jobs.settleOrphans();

        JsonNode plan = solved(id);
        assertThat(plan.get("teams").get(0).get("stops")).hasSize(2);
    }

    @Test
    void aDraftIsTheCoordinatorsUntilPublishedThenTheFieldReadsItUntilWithdrawn() throws Exception {
        long id = launch(twoTeams(LocalDate.now(StopCheckOffs.PARIS)));
        solved(id);
        var field = TestTenants.basic(MaraudePlanApiTest.class, Role.FIELD);
        String plan = "/api/maraude-plans/" + id;
        List<String> parts = List.of(plan, plan + "/teams/nord.gpx", plan + "/teams/nord/feuille-de-route");

        for (String part : parts) {
            assertProblem(get(part).with(field), 403, "pas encore publié par la coordination");
        }
        assertThat(listedIds(field)).doesNotContain(id);
        JsonNode summary = listed(id, TestTenants.basic(MaraudePlanApiTest.class, Role.COORDINATOR));
        assertThat(summary.get("publishedAt").isNull()).isTrue();
        assertThat(summary.get("teamNames").valueStream().map(JsonNode::asString)).containsExactly("Nord", "Sud");
        // Not even the coordinator checks off a draft's stops: the teams do not have it yet.
        assertProblem(checkOff(id, firstStop(id, 0), "nord", "VISITED"), 409, "brouillon");

        MvcResult published = mvc.perform(put(plan + "/publication")).andReturn();
        assertThat(published.getResponse().getStatus()).isEqualTo(200);
        String publishedAt = json(published).get("publishedAt").asString();
        assertThat(publishedAt).isNotBlank();
        assertThat(auditActions()).contains("PLAN_PUBLISHED");
        // Published again: the first date stays.
        assertThat(json(mvc.perform(put(plan + "/publication")).andReturn()).get("publishedAt").asString())
                .isEqualTo(publishedAt);
        for (String part : parts) {
            assertThat(status(get(part).with(field))).as(part).isEqualTo(200);
        }
        assertThat(listedIds(field)).contains(id);

        assertThat(json(mvc.perform(delete(plan + "/publication")).andReturn()).get("publishedAt").isNull()).isTrue();
        assertThat(auditActions()).contains("PLAN_WITHDRAWN");
        assertThat(status(get(plan).with(field))).isEqualTo(403);
        assertThat(listedIds(field)).doesNotContain(id);
        // Only coordinators publish.
        assertThat(status(put(plan + "/publication").with(field))).isEqualTo(403);
    }

    @Test
    void eachTeamChecksOffItsOwnStopsAndUndoesThemDuringTheDay() throws Exception {
        long id = launch(twoTeams(LocalDate.now(StopCheckOffs.PARIS)));
        solved(id);
        mvc.perform(put("/api/maraude-plans/" + id + "/publication"));
        var field = TestTenants.basic(MaraudePlanApiTest.class, Role.FIELD);
        String nord = firstStop(id, 0);
        String sud = firstStop(id, 1);

        MvcResult checked = mvc.perform(checkOff(id, nord, "nord", "VISITED").with(field)).andReturn();
        assertThat(checked.getResponse().getStatus()).as(checked.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(json(checked).get("outcome").asString()).isEqualTo("VISITED");
        assertThat(json(checked).get("team").asString()).isEqualTo("nord");
        assertThat(json(checked).get("checkedBy").asString())
                .isEqualTo(TestTenants.username(MaraudePlanApiTest.class, Role.FIELD));
        assertThat(stop(id, nord).get("outcome").asString()).isEqualTo("VISITED");
        assertThat(stop(id, nord).get("checkedAt").asString()).isNotBlank();

        // Another team's stop, no team named, no outcome, a stop that does not exist: refused, nothing written.
        assertProblem(checkOff(id, sud, "nord", "VISITED").with(field), 403, "propres étapes");
        assertProblem(checkOff(id, sud, null, "VISITED").with(field), 400, "« team » manquant");
        assertProblem(checkOff(id, sud, "sud", null).with(field), 400, "« outcome » manquant");
        assertProblem(checkOff(id, sud, "sud", "PARTI").with(field), 400, "NOBODY_MET");
        assertProblem(checkOff(id, "nulle-part", "sud", "VISITED").with(field), 404, "étape inconnue");
        assertThat(stop(id, sud).get("outcome").isNull()).isTrue();

        // Changed during the day, then undone: the stop is not done any more.
        assertThat(json(mvc.perform(checkOff(id, nord, "nord", "NOBODY_MET").with(field)).andReturn())
                .get("outcome").asString()).isEqualTo("NOBODY_MET");
        assertThat(status(delete("/api/maraude-plans/" + id + "/stops/" + nord + "/check-off?team=sud")
                .with(field))).isEqualTo(403);
        assertThat(status(delete("/api/maraude-plans/" + id + "/stops/" + nord + "/check-off?team=nord")
                .with(field))).isEqualTo(204);
        assertThat(stop(id, nord).get("outcome").isNull()).isTrue();

        // A coordinator checks any team's stop.
        assertThat(json(mvc.perform(checkOff(id, sud, null, "REFUSED_ENTRY")).andReturn()).get("outcome").asString())
                .isEqualTo("REFUSED_ENTRY");
        assertThat(listed(id, TestTenants.basic(MaraudePlanApiTest.class, Role.COORDINATOR)).get("checkedOff")
                .asInt()).isEqualTo(1);
        // Funders check off nothing.
        assertThat(status(checkOff(id, sud, "sud", "VISITED")
                .with(TestTenants.basic(MaraudePlanApiTest.class, Role.FUNDER)))).isEqualTo(403);
    }

    @Test
    void aStopOfALaterDayIsNotCheckedOffBeforeItsDay() throws Exception {
        demoPlan();
        mvc.perform(put("/api/maraude-plans/" + demoPlanId + "/publication"));
        JsonNode round = busiestRound(solved(demoPlanId));
        assertProblem(checkOff(demoPlanId, round.get("stops").get(0).get("visitId").asString(),
                round.get("team").asString(), "VISITED"), 409, "prévue le 3 juin 2030");
    }

    @Test
    void onlyHotelsCheckedOffAsVisitedAreNoLongerDueTheNextDay() throws Exception {
        LocalDate yesterday = LocalDate.now(StopCheckOffs.PARIS).minusDays(1);
        String oneTeam = """
                {"territoryId": %d, "date": "%s", "secondsLimit": 1, "fromTerritory": true,
                 "hotspots": false, "teams": [{"id": "camion", "name": "Camion", "mode": "CAR",
                 "shiftStart": "00:00", "shiftEnd": "23:59", "base": {"lon": 4.8866, "lat": 45.6976}}]}
                """;
        long done = launch(oneTeam.formatted(demoTerritoryId(), yesterday));
        List<String> hotelStops = new ArrayList<>();
        solved(done).get("teams").get(0).get("stops").forEach(s -> {
            if ("HOTEL_115".equals(s.get("kind").asString())) {
                hotelStops.add(s.get("visitId").asString());
            }
        });
        assertThat(hotelStops).hasSizeGreaterThanOrEqualTo(2);
        mvc.perform(put("/api/maraude-plans/" + done + "/publication"));
        String visited = hotelStops.get(0);
        String nobody = hotelStops.get(1);
        assertThat(status(checkOff(done, visited, "camion", "VISITED"))).isEqualTo(200);
        assertThat(status(checkOff(done, nobody, "camion", "NOBODY_MET"))).isEqualTo(200);

        long next = launch(oneTeam.formatted(demoTerritoryId(), yesterday.plusDays(1)));
        java.util.Map<String, Boolean> mandatory = new java.util.HashMap<>();
        transactions.executeWithoutResult(tx -> plans.findById(next).orElseThrow().getVisits()
                .forEach(v -> mandatory.put(v.getKey(), v.isMandatory())));
        // Visited yesterday, every 7 days or more: not due. Nobody there: still due, hence mandatory.
        assertThat(mandatory.get(visited)).isFalse();
        assertThat(mandatory.get(nobody)).isTrue();
        solved(next);
    }

    /** Two car teams on one day, each with two stops of its own (the skills decide which team goes where). */
    private String twoTeams(LocalDate day) {
        return """
                {"territoryId": %d, "date": "%s", "secondsLimit": 1,
                 "teams": [{"id": "nord", "name": "Nord", "mode": "CAR", "shiftStart": "00:00", "shiftEnd": "23:59",
                            "base": {"lon": 4.8866, "lat": 45.6976}, "skills": ["nord"]},
                           {"id": "sud", "name": "Sud", "mode": "CAR", "shiftStart": "00:00", "shiftEnd": "23:59",
                            "base": {"lon": 4.8866, "lat": 45.6976}, "skills": ["sud"]}],
                 "visits": [{"id": "n1", "name": "Lieu N1", "lon": 4.8790, "lat": 45.7010, "requiredSkills": ["nord"]},
                            {"id": "n2", "name": "Lieu N2", "lon": 4.8921, "lat": 45.7063, "requiredSkills": ["nord"]},
                            {"id": "s1", "name": "Lieu S1", "lon": 4.8800, "lat": 45.6900, "requiredSkills": ["sud"]},
                            {"id": "s2", "name": "Lieu S2", "lon": 4.8950, "lat": 45.6880, "requiredSkills": ["sud"]}]}
                """.formatted(demoTerritoryId(), day);
    }

    /** The first stop of the plan's team at {@code index}, which must have one. */
    private String firstStop(long id, int index) {
        JsonNode stops = solved(id).get("teams").get(index).get("stops");
        assertThat(stops).as("étapes de l'équipe %d", index).isNotEmpty();
        return stops.get(0).get("visitId").asString();
    }

    private JsonNode stop(long id, String visitId) {
        for (JsonNode round : solved(id).get("teams")) {
            for (JsonNode stop : round.get("stops")) {
                if (stop.get("visitId").asString().equals(visitId)) {
                    return stop;
                }
            }
        }
        throw new AssertionError("étape absente : " + visitId);
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder checkOff(long id,
            String visitId, String team, String outcome) {
        String body = "{" + (team == null ? "" : "\"team\": \"" + team + "\"" + (outcome == null ? "" : ", "))
                + (outcome == null ? "" : "\"outcome\": \"" + outcome + "\"") + "}";
        return put("/api/maraude-plans/" + id + "/stops/" + visitId + "/check-off")
                .contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private JsonNode listed(long id, org.springframework.test.web.servlet.request.RequestPostProcessor as)
            throws Exception {
        for (JsonNode summary : json(mvc.perform(get("/api/maraude-plans?territoryId=" + demoTerritoryId()).with(as))
                .andReturn())) {
            if (summary.get("id").asLong() == id) {
                return summary;
            }
        }
        throw new AssertionError("plan " + id + " absent de la liste");
    }

    private List<Long> listedIds(org.springframework.test.web.servlet.request.RequestPostProcessor as)
            throws Exception {
        List<Long> ids = new ArrayList<>();
        json(mvc.perform(get("/api/maraude-plans").with(as)).andReturn()).forEach(p -> ids.add(p.get("id").asLong()));
        return ids;
    }

    /** The demo plan: one day, two car teams from place Léon-Sublet, visits from the territory's data. */
    private JsonNode demoPlan() throws Exception {
        if (demoPlanId == null) {
            long base = places.findByConsortium(consortia.findByName(TestTenants.consortiumName(getClass())).orElseThrow())
                    .stream().filter(p -> p.getRef().equals("VE-PLACE")).findFirst().orElseThrow().getId();
            String body = """
                    {"territoryId": %d, "date": "2030-06-03", "fromTerritory": true, "secondsLimit": 2,
                     "teams": [{"name": "Équipe A", "mode": "CAR", "shiftStart": "09:00", "shiftEnd": "17:00",
                                "basePlaceId": %d, "capacity": 20},
                               {"name": "Équipe B", "mode": "CAR", "shiftStart": "09:00", "shiftEnd": "17:00",
                                "basePlaceId": %d}]}
                    """.formatted(demoTerritoryId(), base, base);
            demoPlanId = launch(body);
        }
        return solved(demoPlanId);
    }

    private long launch(String body) throws Exception {
        MvcResult result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/maraude-plans").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(TestTenants.basic(MaraudePlanApiTest.class, Role.COORDINATOR))).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(202);
        long id = json(result).get("id").asLong();
        assertThat(result.getResponse().getHeader("Location")).isEqualTo("/api/maraude-plans/" + id);
        return id;
    }

    private JsonNode solved(long id) {
        return Api.waitUntilDone(mvc, "/api/maraude-plans/" + id, TestTenants.basic(MaraudePlanApiTest.class, Role.COORDINATOR));
    }

    private static JsonNode busiestRound(JsonNode plan) {
        JsonNode busiest = null;
        for (JsonNode round : plan.get("teams")) {
            if (busiest == null || round.get("stops").size() > busiest.get("stops").size()) {
                busiest = round;
            }
        }
        assertThat(busiest.get("stops")).isNotEmpty();
        return busiest;
    }

    /** Visit ids of the six hotels of the demo files (other tests may import more into the shared database). */
    private List<String> demoHotelVisitIds() {
        var consortium = consortia.findByName(TestTenants.consortiumName(getClass())).orElseThrow();
        List<String> ids = hotels.findByConsortium(consortium).stream().filter(h -> h.getRef().startsWith("H-DEMO-"))
                .map(h -> "hotel-" + h.getId()).toList();
        assertThat(ids).hasSize(6);
        return ids;
    }

    private long demoTerritoryId() {
        var consortium = consortia.findByName(TestTenants.consortiumName(getClass())).orElseThrow();
        return territories.findByConsortiumAndName(consortium, DemoTerritoryLoader.TERRITORY).orElseThrow().getId();
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder post(long territory,
            String members) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/maraude-plans")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"territoryId\": " + territory + ", \"date\": \"2030-06-03\", " + members + "}");
    }

    private void assertProblem(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            int status, String detail) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(json(result).get("detail").asString()).contains(detail);
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private List<String> auditActions() throws Exception {
        List<String> actions = new ArrayList<>();
        json(mvc.perform(get("/api/audit")).andReturn()).forEach(e -> actions.add(e.get("action").asString()));
        return actions;
    }
}
