package fr.allervers.permanence.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.allervers.security.Accounts;
import fr.allervers.security.AppUserRepository;
import fr.allervers.security.CurrentConsortium;
import fr.allervers.security.Role;
import fr.allervers.support.Api;
import fr.allervers.support.DatabaseTest;
import fr.allervers.support.TestTenants;
import fr.allervers.territory.StaffRepository;
import tools.jackson.databind.JsonNode;

/**
 * A plan after publication: a permanence cancelled and restored, an absence declared on a published plan, and a
 * published plan re-planned as a new version that the field only sees once published. Each test has its own weeks.
 */
@DatabaseTest
class PlanLifecycleTest {

    private static final String BASE = "/api/permanence-plans";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService accounts;
    @Autowired
    private StaffRepository staff;
    @Autowired
    private CurrentConsortium consortium;
    @Autowired
    private Accounts accountService;
    @Autowired
    private AppUserRepository users;

    @Test
    void aCancelledPermanenceStaysVisibleButIsNotHeldUntilRestored() throws Exception {
        LocalDate from = LocalDate.of(2026, 9, 7);
        long id = launchAndPublish(from, from.plusDays(4));
        JsonNode plan = Api.getJson(mvc, BASE + "/" + id);
        JsonNode target = plan.get("permanences").valueStream().filter(p -> !p.get("vanId").isNull()).findFirst()
                .orElseThrow();
        long pid = target.get("id").asLong();
        String cancellation = BASE + "/" + id + "/permanences/" + pid + "/cancellation";
        String insee = target.get("communeInsee").asString();
        int heldBefore = coverage(insee);
        String ics = vanCalendar(id, target.get("vanId").asLong());
        String uid = uidOf(ics, target);

        assertThat(status(post(cancellation).contentType(MediaType.APPLICATION_JSON).content("{\"comment\":\"x\"}")))
                .as("a reason is required").isEqualTo(400);
        assertThat(status(post(cancellation).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"AUTRE\",\"comment\":\"" + "x".repeat(201) + "\"}"))).isEqualTo(400);
        assertThat(status(post(cancellation).with(as(Role.FIELD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"METEO\"}"))).as("field account").isEqualTo(403);
        assertThat(status(post(cancellation).with(otherConsortiumCoordinator()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"METEO\"}"))).as("another consortium's coordinator").isEqualTo(404);
        assertThat(status(post(BASE + "/" + id + "/permanences/999999/cancellation")
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"METEO\"}"))).isEqualTo(404);

        MvcResult cancelled = mvc.perform(post(cancellation).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"MARCHE_ANNULE\",\"comment\":\"Braderie sur la place\"}")).andReturn();
        assertThat(cancelled.getResponse().getStatus()).isEqualTo(200);
        JsonNode after = Api.json(cancelled);
        assertThat(after.get("publishedAt").isNull()).as("still published").isFalse();
        for (JsonNode p : after.get("permanences")) {
            if (p.get("id").asLong() == pid) {
                assertThat(p.get("status").asString()).isEqualTo("CANCELLED");
                assertThat(p.get("cancellation").get("reason").asString()).isEqualTo("MARCHE_ANNULE");
                assertThat(p.get("cancellation").get("reasonLabel").asString()).isEqualTo("marché annulé");
                assertThat(p.get("cancellation").get("comment").asString()).isEqualTo("Braderie sur la place");
                assertThat(p.get("cancellation").get("cancelledBy").asString())
                        .isEqualTo(TestTenants.username(getClass(), Role.COORDINATOR));
                assertThat(p.get("cancellation").get("cancelledAt").asString()).isNotBlank();
            } else {
                assertThat(p.get("status").asString()).isEqualTo("PLANNED");
                assertThat(p.get("cancellation").isNull()).isTrue();
            }
        }
        assertThat(coverage(insee)).as("not counted as held").isEqualTo(heldBefore - 1);
        String csv = new String(mvc.perform(get(BASE + "/" + id + "/export.csv")).andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains("Statut").contains("annulée").contains("marché annulé — Braderie sur la place");
        String cancelledIcs = vanCalendar(id, target.get("vanId").asLong());
        List<String> event = event(cancelledIcs, uid);
        assertThat(event).contains("STATUS:CANCELLED");
        assertThat(sequence(event)).as("SEQUENCE raised").isGreaterThan(sequence(event(ics, uid)));
        assertThat(status(post(cancellation).contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"METEO\"}")))
                .as("already cancelled").isEqualTo(409);

        assertThat(status(delete(cancellation).with(as(Role.FIELD)))).isEqualTo(403);
        MvcResult restored = mvc.perform(delete(cancellation)).andReturn();
        assertThat(restored.getResponse().getStatus()).isEqualTo(200);
        assertThat(Api.json(restored).get("permanences").valueStream().map(p -> p.get("status").asString()))
                .containsOnly("PLANNED");
        assertThat(coverage(insee)).isEqualTo(heldBefore);
        assertThat(event(vanCalendar(id, target.get("vanId").asLong()), uid)).doesNotContain("STATUS:CANCELLED");
    }

    @Test
    void anAbsenceDeclaredOnAPublishedPlanIsANamedBrokenRuleUntilRemoved() throws Exception {
        LocalDate from = LocalDate.of(2026, 9, 14);
        long id = launchAndPublish(from, from.plusDays(4));
        long ts2 = staff.findByConsortiumAndRef(consortium.get(), "TS-2").orElseThrow().getId();
        JsonNode held = PlanSeats.heldBy(mvc, id, ts2);
        String day = held.get("date").asString();
        assertThat(Api.getJson(mvc, BASE + "/" + id).get("brokenRules").isEmpty()).isTrue();

        MvcResult declared = mvc.perform(post("/api/staff/" + ts2 + "/absences").contentType(MediaType.APPLICATION_JSON)
                .content("{\"from\":\"" + day + "\",\"to\":\"" + day + "\",\"reason\":\"HOLIDAY\"}")).andReturn();
        assertThat(declared.getResponse().getStatus()).isEqualTo(201);
        long absenceId = Api.json(declared).get("id").asLong();
        try {
            JsonNode plan = Api.getJson(mvc, BASE + "/" + id);
            assertThat(plan.get("publishedAt").isNull()).isFalse();
            JsonNode rule = plan.get("brokenRules").valueStream()
                    .filter(r -> r.get("rule").asString().equals("STAFF_UNAVAILABLE")).findFirst().orElseThrow();
            assertThat(rule.get("label").asString()).isEqualTo("Professionnel indisponible");
            assertThat(rule.get("severity").asString()).isEqualTo("hard");
            assertThat(rule.get("permanenceId").asLong()).isEqualTo(held.get("id").asLong());
            assertThat(rule.get("date").asString()).isEqualTo(day);
            assertThat(rule.get("people").valueStream().map(p -> p.get("id").asLong())).containsExactly(ts2);
            assertThat(rule.get("message").asString()).startsWith("Travailleur social B (démo) est absent·e le ")
                    .contains("(congés)").contains(held.get("placeName").asString());

            JsonNode myDay = Api.json(mvc.perform(get(BASE + "/my-day?date=" + day).with(as(Role.FIELD))).andReturn());
            JsonNode mine = myDay.get("permanences").valueStream()
                    .filter(p -> p.get("permanenceId").asLong() == held.get("id").asLong()).findFirst().orElseThrow();
            assertThat(mine.get("alerts").toString()).contains("Vous êtes indisponible");
            // Colleagues read the published plan, not why someone is away: the reason stays with the coordination.
            JsonNode seenByField = Api.json(mvc.perform(get(BASE + "/" + id).with(as(Role.FIELD))).andReturn())
                    .get("brokenRules").valueStream().filter(r -> r.get("rule").asString().equals("STAFF_UNAVAILABLE"))
                    .findFirst().orElseThrow();
            assertThat(seenByField.get("message").asString())
                    .startsWith("Travailleur social B (démo) est absent·e le ").doesNotContain("congés")
                    .contains(held.get("placeName").asString());
            assertThat(Api.getJson(mvc, BASE + "/" + id + "/explanation").get("brokenRules").valueStream()
                    .map(r -> r.get("permanenceId").asLong())).contains(held.get("id").asLong());
        } finally {
            mvc.perform(delete("/api/staff/" + ts2 + "/absences/" + absenceId));
        }
        assertThat(Api.getJson(mvc, BASE + "/" + id).get("brokenRules").isEmpty()).as("resolved").isTrue();
    }

    @Test
    void replanningAPublishedPlanKeepsItForTheFieldUntilTheNewVersionIsPublished() throws Exception {
        LocalDate from = LocalDate.of(2026, 9, 21);
        long first = launchAndPublish(from, from.plusDays(4));
        long ts2 = staff.findByConsortiumAndRef(consortium.get(), "TS-2").orElseThrow().getId();
        JsonNode mineBefore = PlanSeats.heldBy(mvc, first, ts2);
        JsonNode published = Api.getJson(mvc, BASE + "/" + first);
        String day = mineBefore.get("date").asString();

        MvcResult refused = mvc.perform(post(BASE + "/" + first + "/replan").contentType(MediaType.APPLICATION_JSON)
                .content("{\"secondsLimit\":1}")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(Api.json(refused).get("detail").asString()).startsWith("Ce plan est publié").contains("confirmez");

        MvcResult replanned = mvc.perform(post(BASE + "/" + first + "/replan").contentType(MediaType.APPLICATION_JSON)
                .content("{\"secondsLimit\":1,\"confirm\":true}")).andReturn();
        assertThat(replanned.getResponse().getStatus()).isEqualTo(202);
        long second = Api.json(replanned).get("id").asLong();
        assertThat(second).isNotEqualTo(first);
        assertThat(fieldDayPlans(day)).as("the field keeps the published version while the new one is solved")
                .containsOnly(first);
        JsonNode draft = Api.waitUntilDone(mvc, BASE + "/" + second);
        assertThat(draft.get("publishedAt").isNull()).isTrue();
        assertThat(draft.get("previousVersionId").asLong()).isEqualTo(first);
        assertThat(Api.getJson(mvc, BASE + "/" + first).get("nextVersionId").asLong()).isEqualTo(second);
        assertThat(Api.getJson(mvc, BASE + "/" + first).get("permanences")).isEqualTo(published.get("permanences"));
        assertThat(status(post(BASE + "/" + first + "/replan").contentType(MediaType.APPLICATION_JSON)
                .content("{\"confirm\":true}"))).as("one draft version at a time").isEqualTo(409);

        // The coordinator cancels the person's permanence in the new version: a change for them.
        JsonNode theirs = draft.get("permanences").valueStream()
                .filter(p -> p.get("date").asString().equals(day) && staffIds(p).contains(ts2)).findFirst()
                .orElseGet(() -> draft.get("permanences").valueStream().filter(p -> staffIds(p).contains(ts2))
                        .findFirst().orElseThrow());
        String theirDay = theirs.get("date").asString();
        assertThat(status(post(BASE + "/" + second + "/permanences/" + theirs.get("id").asLong() + "/cancellation")
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"PLACE_OCCUPEE\"}"))).isEqualTo(200);
        assertThat(fieldDayPlans(theirDay)).containsOnly(first);
        assertThat(status(get(BASE + "/" + second + "/changes").with(as(Role.FIELD)))).isEqualTo(403);

        JsonNode changes = Api.getJson(mvc, BASE + "/" + second + "/changes");
        assertThat(changes.get("againstPlanId").asLong()).isEqualTo(first);
        assertDiffMatches(Api.getJson(mvc, BASE + "/" + first), Api.getJson(mvc, BASE + "/" + second), changes);
        assertThat(changes.get("changes").valueStream()).anySatisfy(c -> {
            assertThat(c.get("kind").asString()).isEqualTo("CANCELLED");
            assertThat(c.get("after").get("permanenceId").asLong()).isEqualTo(theirs.get("id").asLong());
            assertThat(c.get("summary").asString()).startsWith("Permanence annulée (place occupée)");
        });
        JsonNode preview = Api.getJson(mvc, BASE + "/" + second + "/publication-preview");
        assertThat(preview.get("replacesPlanId").asLong()).isEqualTo(first);
        assertThat(preview.get("people")).isEqualTo(changes.get("people"));
        assertThat(preview.get("people").valueStream().map(p -> p.get("id").asLong())).contains(ts2);
        assertThat(preview.get("message").asString()).contains("Travailleur social B (démo)");

        assertThat(status(put(BASE + "/" + second + "/publication"))).isEqualTo(200);
        assertThat(fieldDayPlans(theirDay)).containsOnly(second);
        JsonNode myDay = Api.json(mvc.perform(get(BASE + "/my-day?date=" + theirDay).with(as(Role.FIELD)))
                .andReturn());
        assertThat(myDay.get("permanences").valueStream()
                .filter(p -> p.get("permanenceId").asLong() == theirs.get("id").asLong()))
                .singleElement().satisfies(p -> assertThat(p.get("status").asString()).isEqualTo("CANCELLED"));
        assertThat(myDay.get("changes").valueStream().map(c -> c.get("kind").asString())).contains("CANCELLED");
        String seen = Api.getJson(mvc, BASE + "/" + second).get("publishedAt").asString();
        assertThat(Api.json(mvc.perform(get(BASE + "/my-day?date=" + theirDay + "&since=" + seen)
                .with(as(Role.FIELD))).andReturn()).get("changes").isEmpty()).as("already seen").isTrue();
    }

    /** Every change's before and after are the API's permanences; every permanence that differs is in a change. */
    private static void assertDiffMatches(JsonNode before, JsonNode after, JsonNode changes) {
        Map<Long, JsonNode> old = byId(before);
        Map<Long, JsonNode> now = byId(after);
        for (JsonNode c : changes.get("changes")) {
            if (!c.get("before").isNull()) {
                assertSnapshot(c.get("before"), old.get(c.get("before").get("permanenceId").asLong()));
            }
            if (!c.get("after").isNull()) {
                assertSnapshot(c.get("after"), now.get(c.get("after").get("permanenceId").asLong()));
            }
        }
        Set<String> oldKeys = old.values().stream().map(PlanLifecycleTest::key).collect(Collectors.toSet());
        Set<Long> inChanges = changes.get("changes").valueStream().filter(c -> !c.get("after").isNull())
                .map(c -> c.get("after").get("permanenceId").asLong()).collect(Collectors.toSet());
        for (JsonNode p : now.values()) {
            assertThat(oldKeys.contains(key(p)) || inChanges.contains(p.get("id").asLong()))
                    .as("%s is unchanged or in a change", key(p)).isTrue();
            assertThat(oldKeys.contains(key(p)) && inChanges.contains(p.get("id").asLong()))
                    .as("%s unchanged and yet in a change", key(p)).isFalse();
        }
    }

    private static void assertSnapshot(JsonNode snapshot, JsonNode permanence) {
        assertThat(permanence).as("a permanence of the API").isNotNull();
        assertThat(snapshot.get("date").asString()).isEqualTo(permanence.get("date").asString());
        assertThat(snapshot.get("halfDay").asString()).isEqualTo(permanence.get("halfDay").asString());
        assertThat(snapshot.get("placeId").asLong()).isEqualTo(permanence.get("placeId").asLong());
        assertThat(snapshot.get("placeName").asString()).isEqualTo(permanence.get("placeName").asString());
        assertThat(snapshot.get("status").asString()).isEqualTo(permanence.get("status").asString());
        assertThat(snapshot.get("people").valueStream().map(p -> p.get("id").asLong()).toList())
                .containsExactlyInAnyOrderElementsOf(staffIds(permanence));
    }

    private static Map<Long, JsonNode> byId(JsonNode plan) {
        Map<Long, JsonNode> result = new HashMap<>();
        plan.get("permanences").forEach(p -> result.put(p.get("id").asLong(), p));
        return result;
    }

    private static String key(JsonNode p) {
        return p.get("date").asString() + " " + p.get("halfDay").asString() + " van "
                + (p.get("vanId").isNull() ? null : p.get("vanId").asLong()) + " place " + p.get("placeId").asLong()
                + " staff " + staffIds(p).stream().sorted().toList() + " " + p.get("status").asString();
    }

    private static List<Long> staffIds(JsonNode p) {
        return p.get("staff").valueStream().map(s -> s.get("id").asLong()).toList();
    }

    private List<Long> fieldDayPlans(String day) throws Exception {
        return Api.json(mvc.perform(get(BASE + "/my-day?date=" + day).with(as(Role.FIELD))).andReturn())
                .get("permanences").valueStream().map(p -> p.get("planId").asLong()).distinct().toList();
    }

    /** Held plus planned permanences of the commune in the month, as funders read them. */
    private int coverage(String insee) throws Exception {
        JsonNode report = Api.getJson(mvc, "/api/coverage?territoryId=" + Api.demoTerritoryId(mvc) + "&month=2026-09");
        JsonNode commune = report.get("communes").valueStream().filter(c -> c.get("insee").asString().equals(insee))
                .findFirst().orElseThrow();
        return commune.get("held").asInt() + commune.get("planned").asInt();
    }

    private String vanCalendar(long planId, long vanId) throws Exception {
        MvcResult result = mvc.perform(get(BASE + "/" + planId + "/calendar/vans/" + vanId + ".ics")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String uidOf(String ics, JsonNode permanence) {
        String day = permanence.get("date").asString().replace("-", "");
        return IcsAssertions.events(IcsAssertions.assertWellFormed(ics)).stream().flatMap(List::stream)
                .filter(l -> l.startsWith("UID:") && l.contains("-" + day + "-")
                        && l.contains("-" + permanence.get("halfDay").asString().toLowerCase() + "-"))
                .findFirst().orElseThrow();
    }

    private static List<String> event(String ics, String uid) {
        return IcsAssertions.events(IcsAssertions.assertWellFormed(ics)).stream().filter(e -> e.contains(uid))
                .findFirst().orElseThrow(() -> new AssertionError(uid + " not in the calendar"));
    }

    private static long sequence(List<String> event) {
        return event.stream().filter(l -> l.startsWith("SEQUENCE:")).map(l -> Long.parseLong(l.substring(9)))
                .findFirst().orElseThrow();
    }

    private long launchAndPublish(LocalDate from, LocalDate to) throws Exception {
        MvcResult result = mvc.perform(post(BASE).contentType(MediaType.APPLICATION_JSON).content(
                "{\"territoryId\":" + Api.demoTerritoryId(mvc) + ",\"from\":\"" + from + "\",\"to\":\"" + to
                        + "\",\"secondsLimit\":1}")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(202);
        long id = Api.json(result).get("id").asLong();
        Api.waitUntilDone(mvc, BASE + "/" + id);
        assertThat(status(put(BASE + "/" + id + "/publication"))).isEqualTo(200);
        return id;
    }

    private RequestPostProcessor as(Role role) {
        return user(accounts.loadUserByUsername(TestTenants.username(getClass(), role)));
    }

    /** A coordinator of another consortium (an account only: nothing to seed). */
    private RequestPostProcessor otherConsortiumCoordinator() {
        String name = "coordination-cycle-ailleurs";
        if (users.findByUsernameIgnoreCase(name).isEmpty()) {
            accountService.create(name, TestTenants.PASSWORD, Role.COORDINATOR,
                    accountService.consortium("Consortium Ailleurs (cycle de vie)"), null);
        }
        return user(accounts.loadUserByUsername(name));
    }

    private int status(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
