package fr.allervers.permanence.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.allervers.permanence.solver.PermanenceConstraintProvider;
import fr.allervers.support.Api;
import fr.allervers.security.CurrentConsortium;
import fr.allervers.support.DatabaseTest;
import fr.allervers.territory.HalfDay;
import fr.allervers.territory.Staff;
import fr.allervers.territory.StaffRepository;
import fr.allervers.territory.StaffRole;
import tools.jackson.databind.JsonNode;

/**
 * The lead's Monday: a social worker is ill on a day they hold a permanence. Declaring the absence makes the plan
 * show the broken rule; re-planning replaces or moves that permanence only and leaves every other one as it was.
 */
@DatabaseTest
class AbsenceReplanTest {

    /** Its own fortnight, so that the absence never meets another test's plan. */
    private static final LocalDate FROM = LocalDate.of(2026, 4, 6);
    private static final LocalDate TO = LocalDate.of(2026, 4, 17);
    private static final String BASE = "/api/permanence-plans";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private StaffRepository staffRepository;
    @Autowired
    private CurrentConsortium consortium;

    @Test
    void replanningAfterAnAbsenceMovesOnlyTheAffectedPermanence() throws Exception {
        long id = launchAndWait();
        JsonNode before = Api.getJson(mvc, BASE + "/" + id);
        Map<Long, Staff> staff = staffRepository.findByConsortiumOrderByRef(consortium.get()).stream()
                .collect(Collectors.toMap(Staff::getId, Function.identity()));
        Sick sick = someoneReplaceable(before.get("permanences"), staff);

        MvcResult declared = mvc.perform(post("/api/staff/" + sick.staffId() + "/absences")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"from\":\"" + sick.date() + "\",\"to\":\"" + sick.date() + "\",\"reason\":\"SICK_LEAVE\"}"))
                .andReturn();
        assertThat(declared.getResponse().getStatus()).isEqualTo(201);
        long absenceId = Api.json(declared).get("id").asLong();
        try {
            // The stored plan is re-scored against the absence: the coordinator sees what it breaks.
            JsonNode explanation = Api.getJson(mvc, BASE + "/" + id + "/explanation");
            assertThat(explanation.get("brokenRules").toString())
                    .contains(PermanenceConstraintProvider.STAFF_UNAVAILABLE);

            MvcResult replan = mvc.perform(post(BASE + "/" + id + "/replan").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"secondsLimit\":2}")).andReturn();
            assertThat(replan.getResponse().getStatus()).isEqualTo(202);
            JsonNode after = Api.waitWhileSolving(mvc, BASE + "/" + id);

            assertThat(after.get("status").asString()).isEqualTo("DONE");
            assertThat(after.get("score").asString()).startsWith("0hard/");
            List<JsonNode> affected = new ArrayList<>();
            List<String> unaffected = new ArrayList<>();
            for (JsonNode p : before.get("permanences")) {
                if (p.get("date").asString().equals(sick.date().toString()) && staffIds(p).contains(sick.staffId())) {
                    affected.add(p);
                } else {
                    unaffected.add(key(p));
                }
            }
            assertThat(affected).isNotEmpty();
            List<String> afterKeys = after.get("permanences").valueStream().map(AbsenceReplanTest::key).toList();
            assertThat(afterKeys).as("every permanence the absence does not touch is unchanged")
                    .containsAll(unaffected);
            assertThat(after.get("permanences").valueStream())
                    .noneMatch(p -> p.get("date").asString().equals(sick.date().toString())
                            && staffIds(p).contains(sick.staffId()));
            List<String> beforeKeys = before.get("permanences").valueStream().map(AbsenceReplanTest::key).toList();
            for (JsonNode a : affected) {
                boolean replaced = after.get("permanences").valueStream().anyMatch(q -> sameLane(a, q)
                        && q.get("staff").valueStream().anyMatch(s -> s.get("role").asString().equals("SOCIAL_WORKER")
                                && s.get("id").asLong() != sick.staffId()));
                boolean moved = after.get("permanences").valueStream().anyMatch(q -> !beforeKeys.contains(key(q))
                        && q.get("communeInsee").asString().equals(a.get("communeInsee").asString()));
                assertThat(replaced || moved).as("%s has another social worker or moved", key(a)).isTrue();
            }
        } finally {
            mvc.perform(delete("/api/staff/" + sick.staffId() + "/absences/" + absenceId));
        }
    }

    private record Sick(long staffId, LocalDate date) {
    }

    /**
     * A social worker holding a permanence on a half-day when another social worker is free (available that weekday
     * and half-day and in no permanence then), so that a replacement exists whatever the plan found.
     */
    private static Sick someoneReplaceable(JsonNode permanences, Map<Long, Staff> staff) {
        for (JsonNode p : permanences) {
            LocalDate date = LocalDate.parse(p.get("date").asString());
            HalfDay half = HalfDay.valueOf(p.get("halfDay").asString());
            Set<Long> busy = permanences.valueStream()
                    .filter(q -> q.get("date").asString().equals(p.get("date").asString())
                            && q.get("halfDay").asString().equals(p.get("halfDay").asString()))
                    .flatMap(q -> staffIds(q).stream()).collect(Collectors.toSet());
            // Whole-day absence: the person must be free of any permanence in the other half-day's lanes too.
            for (JsonNode s : p.get("staff")) {
                if (!s.get("role").asString().equals("SOCIAL_WORKER")) {
                    continue;
                }
                long sickId = s.get("id").asLong();
                boolean heldBothHalves = permanences.valueStream().filter(q -> q != p)
                        .anyMatch(q -> q.get("date").asString().equals(p.get("date").asString())
                                && staffIds(q).contains(sickId));
                boolean replacement = staff.values().stream().anyMatch(other -> other.getRole() == StaffRole.SOCIAL_WORKER
                        && other.getId() != sickId && !busy.contains(other.getId())
                        && other.getAvailability().contains(date.getDayOfWeek(), half));
                if (replacement && !heldBothHalves) {
                    return new Sick(sickId, date);
                }
            }
        }
        throw new AssertionError("no permanence of the demo plan has a free replacement: change the horizon");
    }

    private static boolean sameLane(JsonNode a, JsonNode b) {
        return a.get("date").asString().equals(b.get("date").asString())
                && a.get("halfDay").asString().equals(b.get("halfDay").asString())
                && Objects.equals(vanId(a), vanId(b)) && a.get("placeId").asLong() == b.get("placeId").asLong();
    }

    private static String key(JsonNode p) {
        return p.get("date").asString() + " " + p.get("halfDay").asString() + " van " + vanId(p) + " place "
                + p.get("placeId").asLong() + " staff " + staffIds(p).stream().sorted().toList();
    }

    private static Long vanId(JsonNode p) {
        return p.get("vanId").isNull() ? null : p.get("vanId").asLong();
    }

    private static List<Long> staffIds(JsonNode p) {
        return p.get("staff").valueStream().map(s -> s.get("id").asLong()).toList();
    }

    private long launchAndWait() throws Exception {
        MvcResult result = mvc.perform(post(BASE).contentType(MediaType.APPLICATION_JSON).content(
                "{\"territoryId\":" + Api.demoTerritoryId(mvc) + ",\"from\":\"" + FROM + "\",\"to\":\"" + TO
                        + "\",\"secondsLimit\":2}")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(202);
        long id = Api.json(result).get("id").asLong();
        assertThat(Api.waitWhileSolving(mvc, BASE + "/" + id).get("status").asString()).isEqualTo("DONE");
        return id;
    }
}
