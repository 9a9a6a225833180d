package fr.allervers.editor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import org.junit.jupiter.api.TestInfo;
import java.util.Locale;
import java.time.temporal.TemporalAdjusters;
import java.time.LocalDate;
import java.time.DayOfWeek;
import static fr.allervers.editor.EditorCalls.expect;
import static fr.allervers.editor.EditorCalls.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import fr.allervers.support.Api;
import fr.allervers.support.DatabaseTest;
import fr.allervers.support.OwnTerritory;
import tools.jackson.databind.JsonNode;

/**
 * Nothing is lost: deleting what a plan, an absence or a van names archives it. The plan still names it, the next
 * plan does not offer it, layers stop showing it, and re-importing a file that holds it leaves it archived.
 */
@DatabaseTest
class EditorArchiveApiTest {

    /** Next week, Monday to Friday, and its Tuesday: any dates do, the consortium is this test's alone. */
    private static final LocalDate MONDAY = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    private static final String WEEK = "\"from\": \"" + MONDAY + "\", \"to\": \"" + MONDAY.plusDays(4) + "\"";
    private static final String MARAUDE_DAY = MONDAY.plusDays(1).toString();

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    OwnTerritory.Made own;
    EditorCalls coordinator;

    /** A consortium per test method: each one counts the places and plans it made, and nothing else. */
    @BeforeEach
    void ownConsortium(TestInfo test) {
        own = OwnTerritory.ensure(context, "archives-" + test.getTestMethod().orElseThrow().getName()
                .toLowerCase(Locale.ROOT));
        coordinator = new EditorCalls(mvc, own.coordinator());
    }

    @Test
    void anItemNothingNamesIsDeleted() throws Exception {
        long id = coordinator.created("/api/places", EditorWritesApiTest.PLACE).get("id").asLong();

        assertThat(coordinator.delete("/api/places/" + id).getResponse().getStatus()).isEqualTo(204);

        problem(coordinator.get("/api/places/" + id), 404);
        assertThat(ids(coordinator.get("/api/places?archived=true"))).doesNotContain(id);
    }

    @Test
    void aPlaceAndAPersonOfAPermanencePlanAreArchivedStillNamedAndNoLongerPlanned() throws Exception {
        expect(coordinator.put("/api/territories/" + own.territoryId() + "/communes/" + OwnTerritory.INSEE + "/targets",
                "{\"minPerMonth\": 10, \"maxPerMonth\": 40, \"minSpacingDays\": 0}"), 200);
        JsonNode closing = coordinator.created("/api/places", centreSocial("Centre social qui ferme"));
        JsonNode leaving = coordinator.created("/api/staff", person("Dominique (part)", "TS"));
        long counsellor = coordinator.created("/api/staff", person("Sacha (CIP)", "CIP")).get("id").asLong();

        JsonNode first = solvedPermanencePlan();
        assertThat(first.get("permanences")).isNotEmpty().allSatisfy(p -> {
            assertThat(p.get("placeId").asLong()).isEqualTo(closing.get("id").asLong());
            assertThat(staffIds(p)).containsExactlyInAnyOrder(leaving.get("id").asLong(), counsellor);
        });

        JsonNode placeRemoval = expect(coordinator.delete("/api/places/" + closing.get("id").asLong()), 200);
        JsonNode personRemoval = expect(coordinator.delete("/api/staff/" + leaving.get("id").asLong()), 200);

        assertThat(placeRemoval.get("archived").asBoolean()).isTrue();
        assertThat(placeRemoval.get("usedBy").get(0).asString()).isEqualTo("1 plan de permanence");
        assertThat(placeRemoval.get("item").get("archived").asBoolean()).isTrue();
        assertThat(personRemoval.get("usedBy").get(0).asString()).isEqualTo("1 plan de permanence");
        // The stored plan still names both, in its view and in its export.
        JsonNode reread = expect(coordinator.get("/api/permanence-plans/" + first.get("id").asLong()), 200);
        assertThat(reread.get("permanences")).allSatisfy(p -> {
            assertThat(p.get("placeName").asString()).isEqualTo("Centre social qui ferme");
            assertThat(p.get("staff").valueStream().map(s -> s.get("label").asString())).contains("Dominique (part)");
        });
        assertThat(coordinator.get("/api/permanence-plans/" + first.get("id").asLong() + "/export.csv").getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Centre social qui ferme", "Dominique (part)");
        // Neither is offered any more: not on the map, not in the lists, not in the next plan.
        assertThat(ids(coordinator.get("/api/places"))).doesNotContain(closing.get("id").asLong());
        assertThat(ids(coordinator.get("/api/staff"))).doesNotContain(leaving.get("id").asLong());
        assertThat(expect(coordinator.get("/api/layers/places"), 200).get("features").valueStream()
                .map(f -> f.get("id").asLong())).doesNotContain(closing.get("id").asLong());
        long opening = coordinator.created("/api/places", centreSocial("Nouveau centre social")).get("id").asLong();
        long arriving = coordinator.created("/api/staff", person("Alix (TS)", "TS")).get("id").asLong();

        JsonNode next = solvedPermanencePlan();
        assertThat(next.get("permanences")).isNotEmpty().allSatisfy(p -> {
            assertThat(p.get("placeId").asLong()).isEqualTo(opening);
            assertThat(staffIds(p)).containsExactlyInAnyOrder(arriving, counsellor);
        });
        // Nor by hand: moving a permanence there is refused by name.
        String permanence = "/api/permanence-plans/" + next.get("id").asLong() + "/permanences/"
                + next.get("permanences").get(0).get("id").asLong();
        assertThat(problem(coordinator.patch(permanence, "{\"placeId\": " + closing.get("id").asLong() + "}"), 400)
                .get("detail").asString()).contains("Centre social qui ferme", "archivé");
    }

    @Test
    void aHotelOfAMaraudePlanIsArchivedStillNamedAndNoLongerVisited() throws Exception {
        JsonNode closing = coordinator.created("/api/hotels", hotel("Hôtel qui ferme", -4.16));
        long staying = coordinator.created("/api/hotels", hotel("Hôtel qui reste", -4.14)).get("id").asLong();

        JsonNode first = solvedMaraudePlan();
        assertThat(visitIds(first)).contains("hotel-" + closing.get("id").asLong(), "hotel-" + staying);

        JsonNode removal = expect(coordinator.delete("/api/hotels/" + closing.get("id").asLong()), 200);

        assertThat(removal.get("archived").asBoolean()).isTrue();
        assertThat(removal.get("usedBy").get(0).asString()).isEqualTo("1 plan de maraude");
        JsonNode reread = expect(coordinator.get("/api/maraude-plans/" + first.get("id").asLong()), 200);
        assertThat(reread.get("teams").valueStream().flatMap(t -> t.get("stops").valueStream())
                .map(s -> s.get("name").asString())).contains("Hôtel qui ferme");
        assertThat(expect(coordinator.get("/api/layers/hotels"), 200).get("features").valueStream()
                .map(f -> f.get("id").asLong())).doesNotContain(closing.get("id").asLong());
        assertThat(ids(coordinator.get("/api/hotels?archived=true"))).contains(closing.get("id").asLong());
        JsonNode next = solvedMaraudePlan();
        assertThat(visitIds(next)).contains("hotel-" + staying).doesNotContain("hotel-" + closing.get("id").asLong());
        // Asked for by id, it is refused by name rather than planned.
        assertThat(problem(coordinator.post("/api/maraude-plans", maraudeRequest("\"visits\": [{\"hotelId\": "
                + closing.get("id").asLong() + "}]")), 400).get("detail").asString()).contains("archivé");
    }

    @Test
    void aPersonWithAnAbsenceAVanWithAnUnavailabilityAndAVanBaseAreArchived() throws Exception {
        long person = coordinator.created("/api/staff", person("Noa (TS)", "TS")).get("id").asLong();
        long base = coordinator.created("/api/places", EditorWritesApiTest.PLACE).get("id").asLong();
        long van = coordinator.created("/api/vans", EditorWritesApiTest.VAN.replace("}", ", \"basePlaceId\": " + base
                + "}")).get("id").asLong();
        String period = "{\"from\": \"2031-04-01\", \"to\": \"2031-04-02\", \"reason\": \"OTHER\"}";
        assertThat(coordinator.post("/api/staff/" + person + "/absences", period).getResponse().getStatus())
                .isEqualTo(201);
        assertThat(coordinator.post("/api/vans/" + van + "/unavailability", period).getResponse().getStatus())
                .isEqualTo(201);

        assertThat(expect(coordinator.delete("/api/staff/" + person), 200).get("usedBy").get(0).asString())
                .isEqualTo("1 absence déclarée");
        assertThat(expect(coordinator.delete("/api/vans/" + van), 200).get("usedBy").get(0).asString())
                .isEqualTo("1 indisponibilité déclarée");
        assertThat(expect(coordinator.delete("/api/places/" + base), 200).get("usedBy").get(0).asString())
                .isEqualTo("1 camion (lieu de base)");
        // The absence is still there, and a van cannot be given an archived base.
        assertThat(expect(coordinator.get("/api/staff/" + person + "/absences"), 200)).hasSize(1);
        assertThat(problem(coordinator.post("/api/vans", EditorWritesApiTest.VAN.replace("}", ", \"basePlaceId\": "
                + base + "}")), 400).get("field").asString()).isEqualTo("basePlaceId");
    }

    @Test
    void reImportingAFileNeverBringsAnArchivedItemBack() throws Exception {
        String ref = "ARCH-" + System.nanoTime();
        long archived = coordinator.created("/api/places", EditorWritesApiTest.PLACE.replace("{", "{\"ref\": \""
                + ref + "\", ")).get("id").asLong();
        expect(coordinator.put("/api/places/" + archived + "/archive", null), 200);
        String csv = "ref;nom;type;lon;lat;camion;ouverture\n"
                + ref + ";Nom changé dans le tableur;place publique;-4,15;48,03;oui;lun-ven\n"
                + ref + "-NEUF;Place nouvelle;place publique;-4,151;48,031;oui;lun-ven\n";

        JsonNode report = Api.json(Api.upload(mvc, coordinator.as(), "places", "lieux.csv",
                csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(report.get("created").asInt()).isEqualTo(1);
        assertThat(report.get("updated").asInt()).isZero();
        assertThat(report.get("skipped")).singleElement().satisfies(skipped -> {
            assertThat(skipped.get("key").asString()).isEqualTo("ref " + ref);
            assertThat(skipped.get("reason").asString()).isEqualTo("archivé, ignoré");
        });
        JsonNode stored = expect(coordinator.get("/api/places/" + archived), 200);
        assertThat(stored.get("archived").asBoolean()).isTrue();
        assertThat(stored.get("name").asString()).isEqualTo("Place du marché");
        // Restoring is a deliberate act of the editor.
        JsonNode restored = expect(coordinator.delete("/api/places/" + archived + "/archive"), 200);
        assertThat(restored.get("archived").asBoolean()).isFalse();
        assertThat(ids(coordinator.get("/api/places"))).contains(archived);
    }

    private JsonNode solvedPermanencePlan() throws Exception {
        JsonNode launched = expect(coordinator.post("/api/permanence-plans", "{\"territoryId\": " + own.territoryId()
                + ", " + WEEK + ", \"secondsLimit\": 2}"), 202);
        JsonNode plan = waitFor("/api/permanence-plans/" + launched.get("id").asLong());
        assertThat(plan.get("status").asString()).as(plan.toString()).isEqualTo("DONE");
        return plan;
    }

    private JsonNode solvedMaraudePlan() throws Exception {
        JsonNode launched = expect(coordinator.post("/api/maraude-plans", maraudeRequest("\"fromTerritory\": true,"
                + " \"hotspots\": false")), 202);
        JsonNode plan = waitFor("/api/maraude-plans/" + launched.get("id").asLong());
        assertThat(plan.get("status").asString()).as(plan.toString()).isEqualTo("DONE");
        return plan;
    }

    private String maraudeRequest(String visits) {
        return "{\"territoryId\": " + own.territoryId() + ", \"date\": \"" + MARAUDE_DAY + "\", \"secondsLimit\": 1,"
                + " \"teams\": [{\"id\": \"voiture\", \"mode\": \"CAR\", \"shiftStart\": \"09:00\", \"shiftEnd\":"
                + " \"17:00\", \"base\": {\"lon\": " + OwnTerritory.LON + ", \"lat\": " + OwnTerritory.LAT + "}}], "
                + visits + "}";
    }

    private JsonNode waitFor(String url) {
        return Api.waitWhileSolving(mvc, url, httpBasic(own.coordinator(), OwnTerritory.PASSWORD));
    }

    private static String centreSocial(String name) {
        return "{\"name\": \"" + name + "\", \"kind\": \"centre social\", " + EditorWritesApiTest.AT
                + ", \"opening\": \"lun-ven\"}";
    }

    private static String person(String label, String role) {
        return "{\"label\": \"" + label + "\", \"role\": \"" + role + "\", \"availability\": \"lun-ven\"}";
    }

    private static String hotel(String name, double lon) {
        return "{\"name\": \"" + name + "\", \"lon\": " + lon + ", \"lat\": " + OwnTerritory.LAT
                + ", \"capacity\": 10, \"visitEveryDays\": 7}";
    }

    private static Set<Long> staffIds(JsonNode permanence) {
        return permanence.get("staff").valueStream().map(s -> s.get("id").asLong()).collect(Collectors.toSet());
    }

    private static List<String> visitIds(JsonNode maraude) {
        return maraude.get("teams").valueStream().flatMap(t -> t.get("stops").valueStream())
                .map(s -> s.get("visitId").asString()).toList();
    }

    private static List<Long> ids(org.springframework.test.web.servlet.MvcResult list) throws Exception {
        return expect(list, 200).valueStream().map(i -> i.get("id").asLong()).toList();
    }
}
