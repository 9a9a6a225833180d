package fr.allervers.maraude.plan;

import static fr.allervers.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;

import fr.allervers.demo.DemoTerritoryLoader;
import fr.allervers.security.Role;
import fr.allervers.support.Api;
import fr.allervers.support.DatabaseTest;
import fr.allervers.support.TestTenants;
import fr.allervers.territory.Consortium;
import fr.allervers.territory.ConsortiumRepository;
import fr.allervers.territory.Staff;
import fr.allervers.territory.StaffRepository;
import fr.allervers.territory.TerritoryRepository;
import tools.jackson.databind.JsonNode;

/** Issue 15 through the API on the demo territory: named teams, limits on foot, rounds that repeat over weeks. */
@DatabaseTest
class HumaneRoundsApiTest {

    private static final String BASE = "\"base\": {\"lon\": 4.8866, \"lat\": 45.6976}";

    @Autowired
    MockMvc mvc;
    @Autowired
    ConsortiumRepository consortia;
    @Autowired
    TerritoryRepository territories;
    @Autowired
    StaffRepository staff;
    @Autowired
    MaraudePlanRepository plans;

    @Test
    void threeTeamsOnFootNeverWalkBeyondTwelveKilometresAndWhatIsLeftOutSaysWhy() throws Exception {
        String team = """
                {"id": "pied-%d", "name": "À pied %d", "mode": "FOOT", "shiftStart": "09:00", "shiftEnd": "17:00", %s}""";
        String teams = List.of(1, 2, 3).stream().map(i -> team.formatted(i, i, BASE)).collect(Collectors.joining(","));
        JsonNode plan = solved(launch("""
                {"territoryId": %d, "date": "2030-06-03", "fromTerritory": true, "secondsLimit": 3, "teams": [%s]}
                """.formatted(territoryId(), teams)));

        assertThat(plan.get("score").asString()).startsWith("0hard");
        for (JsonNode round : plan.get("teams")) {
            assertThat(round.get("distanceMetres").asDouble()).as("walk of %s", round.get("name").asString())
                    .isLessThanOrEqualTo(12_000);
        }
        // The Solaize hotel is some 7 km away as the crow flies: no team on foot can make it there and back.
        assertThat(plan.get("leftOut")).anySatisfy(left -> assertThat(left.get("reason").asString())
                .isEqualTo("Hôtel Rivage (démo) : laissée de côté : l'équipe à pied dépasserait 12 km de marche"));
    }

    @Test
    void teamsNameTheirPeopleWhoseProfessionsAreTheirSkills() throws Exception {
        Map<String, Long> people = people();
        long id = launch("""
                {"territoryId": %d, "date": "2030-06-03", "secondsLimit": 1,
                 "teams": [{"id": "a", "name": "Binôme A", "mode": "CAR", "shiftStart": "09:00", "shiftEnd": "17:00",
                            %s, "members": [%d, %d]},
                           {"id": "b", "name": "Binôme B", "mode": "CAR", "shiftStart": "09:00", "shiftEnd": "17:00",
                            %s, "members": [%d], "skills": ["arabe"]}],
                 "visits": [{"id": "camp", "name": "Campement", "kind": "CAMP", "lon": 4.8800, "lat": 45.7170,
                             "requiredSkills": ["PSYCHOLOGIST"], "mandatory": true},
                            {"id": "rue", "name": "Point de rue", "lon": 4.8840, "lat": 45.6990,
                             "requiredSkills": ["arabe", "EMPLOYMENT_COUNSELLOR"], "mandatory": true}]}
                """.formatted(territoryId(), BASE, people.get("TS-1"), people.get("PSY-1"), BASE,
                people.get("CIP-1")));
        JsonNode plan = solved(id);

        assertThat(plan.get("feasible").asBoolean()).isTrue();
        JsonNode a = round(plan, "a");
        assertThat(a.get("members").toString()).contains("Travailleuse sociale A (démo)", "Psychologue A (démo)",
                "psychologue");
        assertThat(a.get("stops").get(0).get("visitId").asString()).isEqualTo("camp");
        JsonNode b = round(plan, "b");
        assertThat(b.get("members")).singleElement().satisfies(m -> {
            assertThat(m.get("staffId").asLong()).isEqualTo(people.get("CIP-1"));
            assertThat(m.get("label").asString()).isEqualTo("Conseiller insertion A (démo)");
        });
        assertThat(b.get("stops").get(0).get("visitId").asString()).isEqualTo("rue");
        assertThat(b.get("stops").get(0).get("waitMinutes").asLong()).isZero();

        // The route sheet says who is on the round and, where the round takes one, when it breaks for lunch.
        String sheet = HtmlUtils.htmlUnescape(mvc.perform(MockMvcRequestBuilders
                .get("/api/maraude-plans/" + id + "/teams/a/feuille-de-route")
                .with(TestTenants.basic(getClass(), Role.COORDINATOR))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(sheet).contains("<p class=\"members\">Équipe : Travailleuse sociale A (démo) ("
                + a.get("members").get(0).get("profession").asString() + "), Psychologue A (démo) (psychologue)</p>");
        JsonNode lunch = a.get("lunchBreak");
        if (lunch.isNull()) {
            assertThat(sheet).doesNotContain("Pause déjeuner");
        } else {
            assertThat(sheet).contains("<tr class=\"lunch\"><td></td><td colspan=\"8\">Pause déjeuner "
                    + lunch.get("start").asString().substring(11, 16).replace(":", " h ") + " – "
                    + lunch.get("end").asString().substring(11, 16).replace(":", " h ") + "</td></tr>");
        }
    }

    @Test
    void unknownPeopleOnePersonInTwoTeamsAndTooLongAHorizonAreRefusedAndWriteNothing() throws Exception {
        long before = plans.count();
        long ts1 = people().get("TS-1");
        String team = "{\"name\": \"%s\", \"mode\": \"CAR\", \"shiftStart\": \"09:00\", \"shiftEnd\": \"17:00\", "
                + BASE + ", \"members\": [%d]}";
        String visits = "\"visits\": [{\"name\": \"Lieu\", \"lon\": 4.87, \"lat\": 45.70}]";

        assertProblem("\"date\": \"2030-06-03\", \"teams\": [" + team.formatted("A", 999_999) + "], " + visits, 404,
                "personne inconnue : 999999");
        assertProblem("\"date\": \"2030-06-03\", \"teams\": [" + team.formatted("A", ts1) + ", "
                + team.formatted("B", ts1) + "], " + visits, 400,
                "« Travailleuse sociale A (démo) » ne peut pas être dans deux équipes le même jour (« A » et « B »)");
        assertProblem("\"horizon\": {\"from\": \"2030-06-03\", \"to\": \"2030-07-10\"}, \"teams\": ["
                + team.formatted("A", ts1) + "], " + visits, 400, "au plus 31 jours");
        assertProblem("\"dates\": [\"2030-06-03\", \"2030-07-10\"], \"teams\": [" + team.formatted("A", ts1) + "], "
                + visits, 400, "au plus 31 jours");
        assertProblem("\"date\": \"2030-06-03\", \"lunch\": {\"from\": \"12:00\", \"to\": \"12:30\"}, \"teams\": ["
                + team.formatted("A", ts1) + "], " + visits, 400, "45 min ne tiennent pas entre 12:00 et 12:30");
        assertThat(plans.count()).isEqualTo(before);
    }

    @Test
    void aRoundEveryTuesdayAndThursdayForFourWeeksKeepsEachHotelsFrequencyAcrossDays() throws Exception {
        JsonNode plan = solved(launch("""
                {"territoryId": %d, "horizon": {"from": "2030-06-03", "to": "2030-06-28",
                 "weekdays": ["TUESDAY", "THURSDAY"]}, "fromTerritory": true, "hotspots": false, "secondsLimit": 4,
                 "teams": [{"id": "camion", "name": "Camion", "mode": "CAR", "shiftStart": "09:00",
                            "shiftEnd": "17:00", %s}]}
                """.formatted(territoryId(), BASE)));

        assertThat(plan.get("dates")).hasSize(8);
        assertThat(plan.get("feasible").asBoolean()).as(plan.get("score").asString()).isTrue();
        // Hôtel Relais is to be seen every 7 days and never was: by Monday 10 June, then at most 7 days apart.
        List<LocalDate> relais = new ArrayList<>();
        for (JsonNode round : plan.get("teams")) {
            round.get("stops").forEach(stop -> {
                if (stop.get("name").asString().equals("Hôtel Relais (démo)")) {
                    relais.add(LocalDate.parse(round.get("date").asString()));
                }
            });
        }
        assertThat(relais).hasSize(4).isSorted();
        assertThat(relais.get(0)).isBeforeOrEqualTo(LocalDate.of(2030, 6, 10));
        for (int i = 1; i < relais.size(); i++) {
            assertThat(ChronoUnit.DAYS.between(relais.get(i - 1), relais.get(i))).isBetween(1L, 7L);
        }
        assertThat(relais.get(relais.size() - 1)).isAfter(LocalDate.of(2030, 6, 20));
    }

    private Map<String, Long> people() {
        Consortium consortium = consortia.findByName(TestTenants.consortiumName(getClass())).orElseThrow();
        return staff.findByConsortiumOrderByRef(consortium).stream()
                .collect(Collectors.toMap(Staff::getRef, Staff::getId));
    }

    private long territoryId() {
        Consortium consortium = consortia.findByName(TestTenants.consortiumName(getClass())).orElseThrow();
        return territories.findByConsortiumAndName(consortium, DemoTerritoryLoader.TERRITORY).orElseThrow().getId();
    }

    private static JsonNode round(JsonNode plan, String team) {
        for (JsonNode round : plan.get("teams")) {
            if (round.get("team").asString().equals(team)) {
                return round;
            }
        }
        throw new AssertionError("no round for " + team);
    }

    private long launch(String body) throws Exception {
        MvcResult result = mvc.perform(MockMvcRequestBuilders.post("/api/maraude-plans")
                .contentType(MediaType.APPLICATION_JSON).content(body)
                .with(TestTenants.basic(getClass(), Role.COORDINATOR))).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(202);
        return json(result).get("id").asLong();
    }

    private JsonNode solved(long id) {
        return Api.waitUntilDone(mvc, "/api/maraude-plans/" + id, TestTenants.basic(getClass(), Role.COORDINATOR));
    }

    private void assertProblem(String members, int status, String detail) throws Exception {
        MvcResult result = mvc.perform(MockMvcRequestBuilders.post("/api/maraude-plans")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"territoryId\": " + territoryId() + ", " + members + "}")
                .with(TestTenants.basic(getClass(), Role.COORDINATOR))).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(json(result).get("detail").asString()).contains(detail);
    }
}
