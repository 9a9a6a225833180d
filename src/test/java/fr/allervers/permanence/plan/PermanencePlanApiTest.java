package fr.allervers.permanence.plan;

import fr.allervers.support.AsRole;
import fr.allervers.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.allervers.support.Api;
import fr.allervers.support.DatabaseTest;
import fr.allervers.security.CurrentConsortium;
import fr.allervers.territory.PlaceRepository;
import tools.jackson.databind.JsonNode;

/** The permanence plan API end to end on the demo territory, with short solving times. */
@DatabaseTest
class PermanencePlanApiTest {

    /** Two weeks of March 2026, Monday to Friday of the second week. */
    private static final LocalDate FROM = LocalDate.of(2026, 3, 2);
    private static final LocalDate TO = LocalDate.of(2026, 3, 13);
    private static final String BASE = "/api/permanence-plans";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private PlaceRepository places;
    @Autowired
    private CurrentConsortium consortium;
    @Autowired
    private PermanencePlanRepository plans;

    @Test
    void launchedPlanIsSolvedToZeroHardWithBinomes() throws Exception {
        long id = launchAndWait(2);
        JsonNode plan = Api.getJson(mvc, BASE + "/" + id);

        assertThat(plan.get("status").asString()).isEqualTo("DONE");
        assertThat(plan.get("score").asString()).matches("0hard/0medium/-?\\d+soft");
        assertThat(plan.get("brokenRules").size()).isZero();
        assertThat(plan.get("permanences").size()).isGreaterThanOrEqualTo(5);
        for (JsonNode p : plan.get("permanences")) {
            Set<String> roles = new HashSet<>();
            p.get("staff").forEach(s -> roles.add(s.get("role").asString()));
            assertThat(roles).containsExactlyInAnyOrder("SOCIAL_WORKER", "EMPLOYMENT_COUNSELLOR");
            assertThat(p.get("halfDay").asString()).isIn("AM", "PM");
            assertThat(p.get("communeName").asString()).isNotBlank();
            assertThat(LocalDate.parse(p.get("date").asString())).isBetween(FROM, TO);
        }
        assertThat(plan.get("permanences").valueStream().map(p -> p.get("communeInsee").asString()))
                .as("every commune of the territory gets its monthly share")
                .contains("69199", "69259", "69276", "69273", "69296");

        JsonNode list = Api.getJson(mvc, BASE + "?territoryId=" + Api.demoTerritoryId(mvc));
        assertThat(list.valueStream().map(p -> p.get("id").asLong())).contains(id);

        MvcResult events = mvc.perform(get(BASE + "/" + id + "/events")).andReturn();
        assertThat(events.getResponse().getContentType()).startsWith(MediaType.TEXT_EVENT_STREAM_VALUE);
        assertThat(events.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("event:progress").contains("\"status\":\"DONE\"").contains("0hard");
    }

    @Test
    void pinnedPermanenceSurvivesReplanning() throws Exception {
        long id = launchAndWait(2);
        JsonNode chosen = Api.getJson(mvc, BASE + "/" + id).get("permanences").get(1);
        long pid = chosen.get("id").asLong();

        JsonNode pinned = Api.json(mvc.perform(put(BASE + "/" + id + "/permanences/" + pid + "/pin")).andReturn());
        assertThat(pinned.get("pinned").asBoolean()).isTrue();
        MvcResult replan = mvc.perform(post(BASE + "/" + id + "/replan").contentType(MediaType.APPLICATION_JSON)
                .content("{\"secondsLimit\":1}")).andReturn();
        assertThat(replan.getResponse().getStatus()).isEqualTo(202);
        JsonNode after = Api.waitWhileSolving(mvc, BASE + "/" + id);

        assertThat(after.get("status").asString()).isEqualTo("DONE");
        assertThat(after.get("permanences").valueStream()).anySatisfy(p -> {
            assertThat(p.get("pinned").asBoolean()).isTrue();
            assertThat(p.get("date").asString()).isEqualTo(chosen.get("date").asString());
            assertThat(p.get("halfDay").asString()).isEqualTo(chosen.get("halfDay").asString());
            assertThat(p.get("placeId").asLong()).isEqualTo(chosen.get("placeId").asLong());
            assertThat(p.get("staff").toString()).isEqualTo(chosen.get("staff").toString());
        });

        JsonNode stillPinned = after.get("permanences").valueStream().filter(p -> p.get("pinned").asBoolean())
                .findFirst().orElseThrow();
        JsonNode unpinned = Api.json(mvc.perform(delete(BASE + "/" + id + "/permanences/"
                + stillPinned.get("id").asLong() + "/pin")).andReturn());
        assertThat(unpinned.get("pinned").asBoolean()).isFalse();
    }

    /** The Minguettes market is open on Thursday and Saturday mornings only: moving a permanence there on another day. */
    @Test
    void moveByHandIsRescoredAndShowsTheBrokenRule() throws Exception {
        long id = launchAndWait(2);
        long market = placeId("VE-MARCHE");
        JsonNode target = Api.getJson(mvc, BASE + "/" + id).get("permanences").valueStream()
                .filter(p -> !p.get("vanId").isNull())
                .filter(p -> !(LocalDate.parse(p.get("date").asString()).getDayOfWeek() == DayOfWeek.THURSDAY
                        && p.get("halfDay").asString().equals("AM")))
                .findFirst().orElseThrow();

        // Asked first without moving: the page warns with the case named, and nothing is written.
        JsonNode before = Api.getJson(mvc, BASE + "/" + id);
        MvcResult preview = mvc.perform(post(BASE + "/" + id + "/permanences/" + target.get("id").asLong()
                + "/move-preview").contentType(MediaType.APPLICATION_JSON).content("{\"placeId\":" + market + "}"))
                .andReturn();
        assertThat(preview.getResponse().getStatus()).isEqualTo(200);
        JsonNode warned = Api.json(preview);
        assertThat(warned.get("hardRulesIntroduced").asBoolean()).isTrue();
        assertThat(warned.get("introduced").valueStream())
                .anySatisfy(b -> {
                    // The same entry as the plan's broken rules.
                    assertThat(b.get("rule").asString()).isEqualTo("PLACE_CLOSED");
                    assertThat(b.get("label").asString()).isEqualTo("Lieu fermé");
                    assertThat(b.get("message").asString()).contains("n'est pas ouvert le");
                    assertThat(b.get("severity").asString()).isEqualTo("hard");
                    assertThat(b.get("permanenceId").asLong()).isEqualTo(target.get("id").asLong());
                    assertThat(b.get("permanenceIds").valueStream().map(JsonNode::asLong))
                            .containsExactly(target.get("id").asLong());
                    assertThat(b.get("communeInsee").asString()).isNotBlank();
                    assertThat(b.get("date").asString()).isEqualTo(target.get("date").asString());
                });
        assertThat(Api.getJson(mvc, BASE + "/" + id).toString()).as("a preview writes nothing")
                .isEqualTo(before.toString());

        MvcResult moved = mvc.perform(patch(BASE + "/" + id + "/permanences/" + target.get("id").asLong())
                .contentType(MediaType.APPLICATION_JSON).content("{\"placeId\":" + market + "}")).andReturn();

        assertThat(moved.getResponse().getStatus()).isEqualTo(200);
        JsonNode plan = Api.json(moved);
        assertThat(plan.get("score").asString()).doesNotStartWith("0hard");
        assertThat(plan.get("brokenRules").toString()).contains("Lieu fermé");
        assertThat(plan.get("permanences").valueStream())
                .filteredOn(p -> p.get("id").asLong() == target.get("id").asLong())
                .singleElement().satisfies(p -> {
                    assertThat(p.get("placeId").asLong()).isEqualTo(market);
                    assertThat(p.get("pinned").asBoolean()).isTrue();
                });
        assertThat(Api.getJson(mvc, BASE + "/" + id).get("brokenRules").toString()).contains("Lieu fermé");
        JsonNode explanation = Api.getJson(mvc, BASE + "/" + id + "/explanation");
        assertThat(explanation.get("permanences").valueStream()
                .filter(p -> p.get("id").asLong() == target.get("id").asLong())
                .flatMap(p -> p.get("issues").valueStream()).map(JsonNode::asString))
                .anyMatch(issue -> issue.contains("n'est pas ouvert"));
    }

    @Test
    void explanationIsInFrenchPerCommuneAndPerPermanence() throws Exception {
        long id = launchAndWait(2);
        JsonNode explanation = Api.getJson(mvc, BASE + "/" + id + "/explanation");

        assertThat(explanation.get("score").asString()).startsWith("0hard");
        assertThat(explanation.get("communes").size()).isEqualTo(5);
        assertThat(explanation.get("communes").valueStream().map(c -> c.get("sentence").asString()))
                .allMatch(s -> s.contains(" permanence")).anyMatch(s -> s.startsWith("Corbas"));
        JsonNode first = explanation.get("permanences").get(0);
        assertThat(first.get("id").isNull()).isFalse();
        assertThat(first.get("sentence").asString()).containsAnyOf("matin", "après-midi").contains("mars");
    }

    @Test
    void calendarsFollowRfc5545AndRevealNoBeneficiaryData() throws Exception {
        long id = launchAndWait(2);
        JsonNode plan = Api.getJson(mvc, BASE + "/" + id);
        JsonNode person = plan.get("permanences").get(0).get("staff").get(0);
        long mine = plan.get("permanences").valueStream()
                .filter(p -> p.get("staff").toString().contains("\"id\":" + person.get("id").asLong() + ",")).count();

        MvcResult result = mvc.perform(get(BASE + "/" + id + "/calendar/staff/" + person.get("id").asLong() + ".ics"))
                .andReturn();
        assertThat(result.getResponse().getContentType()).startsWith("text/calendar");
        String ics = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> unfolded = IcsAssertions.assertWellFormed(ics);
        assertThat(unfolded).contains("BEGIN:VCALENDAR", "VERSION:2.0", "END:VCALENDAR");
        assertThat(unfolded).anyMatch(l -> l.startsWith("PRODID:"));
        assertThat(ics).as("long lines are folded").contains("\r\n ");
        assertThat(unfolded.stream().filter(l -> l.equals("BEGIN:VEVENT")).count()).isEqualTo(mine);
        for (List<String> event : IcsAssertions.events(unfolded)) {
            assertThat(event).anyMatch(l -> l.matches("UID:permanence-" + id + "-\\d{8}-(am|pm)-\\w+@aller-vers"));
            assertThat(event).anyMatch(l -> l.matches("DTSTAMP:\\d{8}T\\d{6}Z"));
            assertThat(event).anyMatch(l -> l.matches("DTSTART;TZID=Europe/Paris:\\d{8}T(09|14)0000"));
            assertThat(event).anyMatch(l -> l.matches("DTEND;TZID=Europe/Paris:\\d{8}T(12|17)0000"));
            assertThat(event).anyMatch(l -> l.startsWith("DESCRIPTION:Binôme : ")
                    && l.contains(person.get("label").asString()));
        }
        assertThat(unfolded).contains("BEGIN:VTIMEZONE", "TZID:Europe/Paris");
        assertThat(ics).doesNotContain("Hôtel").doesNotContain("hotel");

        long vanId = plan.get("permanences").valueStream().filter(p -> !p.get("vanId").isNull()).findFirst()
                .orElseThrow().get("vanId").asLong();
        String vanIcs = mvc.perform(get(BASE + "/" + id + "/calendar/vans/" + vanId + ".ics")).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(IcsAssertions.assertWellFormed(vanIcs)).anyMatch(l -> l.startsWith("DESCRIPTION:")
                && l.contains("Camion : "));
    }

    @Test
    void csvOpensInFrenchExcel() throws Exception {
        long id = launchAndWait(2);
        int count = Api.getJson(mvc, BASE + "/" + id).get("permanences").size();

        MvcResult result = mvc.perform(get(BASE + "/" + id + "/export.csv")).andReturn();
        byte[] bytes = result.getResponse().getContentAsByteArray();

        assertThat(result.getResponse().getContentType()).startsWith("text/csv");
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment");
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).startsWith("Date;Demi-journée;Début;Fin;Commune;Code INSEE;Lieu;Camion");
        assertThat(lines).hasSize(count + 1);
        for (int i = 1; i < lines.length; i++) {
            assertThat(lines[i]).matches("\\d{2}/\\d{2}/2026;(matin|après-midi);\\d{2}:\\d{2};.*")
                    .contains("(démo)");
        }
    }

    @Test
    void badRequestsAreRefusedWithProblemsAndWriteNothing() throws Exception {
        long territory = Api.demoTerritoryId(mvc);
        long before = plans.count();

        assertProblem(launch("{\"territoryId\":999999,\"from\":\"2026-03-02\",\"to\":\"2026-03-13\"}"), 404);
        assertProblem(launch(body(territory, "2026-03-13", "2026-03-02", 2)), 400);
        assertProblem(launch(body(territory, "2026-03-02", "2026-05-01", 2)), 400);
        assertProblem(launch(body(territory, "2026-03-02", "2026-03-13", 0)), 400);
        assertProblem(launch(body(territory, "2026-03-02", "2026-03-13", 100_000)), 400);
        assertProblem(launch("{\"territoryId\":" + territory + ",\"from\":\"2 mars\",\"to\":\"2026-03-13\"}"), 400);
        assertProblem(launch("{\"territoryId\":" + territory + "}"), 400);
        assertThat(plans.count()).isEqualTo(before);

        assertProblem(mvc.perform(get(BASE + "/999999")).andReturn(), 404);
        assertProblem(mvc.perform(get(BASE + "?territoryId=999999")).andReturn(), 404);
        long id = launchAndWait(1);
        JsonNode plan = Api.getJson(mvc, BASE + "/" + id);
        long pid = plan.get("permanences").get(0).get("id").asLong();
        assertProblem(mvc.perform(put(BASE + "/" + id + "/permanences/999999/pin")).andReturn(), 404);
        assertProblem(move(id, pid, "{\"placeId\":999999}"), 404);
        assertProblem(move(id, pid, "{\"staff\":[999999]}"), 404);
        assertProblem(move(id, pid, "{\"date\":\"2026-04-20\"}"), 400);
        assertProblem(mvc.perform(get(BASE + "/" + id + "/calendar/staff/999999.ics")).andReturn(), 404);
        assertProblem(mvc.perform(get(BASE + "/" + id + "/calendar/vans/999999.ics")).andReturn(), 404);
        assertThat(Api.getJson(mvc, BASE + "/" + id).get("permanences").toString())
                .as("refused moves change nothing").isEqualTo(plan.get("permanences").toString());
    }

    @Test
    @AsRole(Role.FIELD)
    void fieldStaffReadPlansButDoNotMakeThem() throws Exception {
        long territory = Api.demoTerritoryId(mvc);
        assertThat(mvc.perform(get(BASE + "?territoryId=" + territory)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(launch(body(territory, FROM.toString(), TO.toString(), 1)).getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    @AsRole(Role.FUNDER)
    void fundersSeeNoRawPlan() throws Exception {
        assertThat(mvc.perform(get(BASE + "?territoryId=" + Api.demoTerritoryId(mvc))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    // ---------- helpers ----------

    private long launchAndWait(int seconds) throws Exception {
        MvcResult result = launch(body(Api.demoTerritoryId(mvc), FROM.toString(), TO.toString(), seconds));
        assertThat(result.getResponse().getStatus()).isEqualTo(202);
        long id = Api.json(result).get("id").asLong();
        assertThat(Api.waitWhileSolving(mvc, BASE + "/" + id).get("status").asString()).isEqualTo("DONE");
        return id;
    }

    private MvcResult launch(String json) throws Exception {
        return mvc.perform(post(BASE).contentType(MediaType.APPLICATION_JSON).content(json)).andReturn();
    }

    private MvcResult move(long id, long pid, String json) throws Exception {
        return mvc.perform(patch(BASE + "/" + id + "/permanences/" + pid).contentType(MediaType.APPLICATION_JSON)
                .content(json)).andReturn();
    }

    private static String body(long territory, String from, String to, int seconds) {
        return "{\"territoryId\":" + territory + ",\"from\":\"" + from + "\",\"to\":\"" + to
                + "\",\"secondsLimit\":" + seconds + "}";
    }

    private static void assertProblem(MvcResult result, int status) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(status);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(Api.json(result).get("detail").asString()).isNotBlank();
    }

    private long placeId(String ref) {
        return places.findByConsortium(consortium.get()).stream().filter(p -> p.getRef().equals(ref)).findFirst()
                .orElseThrow().getId();
    }
}
