package fr.allervers.permanence.plan;

import fr.allervers.support.TestTenants;
import fr.allervers.security.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.allervers.support.Api;
import fr.allervers.support.DatabaseTest;
import fr.allervers.security.CurrentConsortium;
import fr.allervers.territory.PlaceRepository;
import fr.allervers.territory.StaffRepository;
import tools.jackson.databind.JsonNode;

/**
 * The demo field account {@code terrain} is TS-2: it reads its own day and downloads its own calendar, and nobody
 * else's; the coordinator downloads anyone's.
 */
@DatabaseTest
class FieldStaffDayTest {

    /** Its own fortnight: "ma journée" without a plan id reads the latest published plan covering the day, this one. */
    private static final LocalDate FROM = LocalDate.of(2026, 5, 4);
    private static final LocalDate TO = LocalDate.of(2026, 5, 15);
    private static final String BASE = "/api/permanence-plans";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private StaffRepository staff;
    @Autowired
    private PlaceRepository places;
    @Autowired
    private CurrentConsortium consortium;
    @Autowired
    private UserDetailsService accounts;

    @Test
    void meNamesTheLinkedStaffRecord() throws Exception {
        JsonNode field = Api.json(mvc.perform(get("/api/me").with(as(Role.FIELD))).andReturn());
        assertThat(field.get("staffId").asLong()).isEqualTo(staffId("TS-2"));
        assertThat(field.get("staffLabel").asString()).isEqualTo("Travailleur social B (démo)");
        // Encounters recorded from "ma journée" go to the person's own organisation.
        assertThat(field.get("organisationId").asLong())
                .isEqualTo(staff.findById(staffId("TS-2")).orElseThrow().getOrganisation().getId());
        JsonNode coordinator = Api.getJson(mvc, "/api/me");
        assertThat(coordinator.get("staffId").isNull()).isTrue();
    }

    @Test
    void fieldStaffReadTheirOwnDayAndCalendarOnly() throws Exception {
        long ts2 = staffId("TS-2");
        long ts1 = staffId("TS-1");
        long id = launchAndWait();
        JsonNode held = PlanSeats.heldBy(mvc, id, ts2);
        LocalDate day = LocalDate.parse(held.get("date").asString());

        // A draft is the coordinator's: not in the worker's day, no calendar.
        assertThat(Api.json(mvc.perform(get(BASE + "/my-day?date=" + day).with(as(Role.FIELD))).andReturn())
                .get("permanences").valueStream().map(p -> p.get("planId").asLong())).doesNotContain(id);
        MvcResult draft = mvc.perform(get(BASE + "/" + id + "/calendar/staff/" + ts2 + ".ics").with(as(Role.FIELD)))
                .andReturn();
        assertThat(draft.getResponse().getStatus()).isEqualTo(403);
        assertThat(Api.json(draft).get("detail").asString()).contains("pas encore publié");
        assertThat(status(get(BASE + "/" + id + "/my-day?date=" + day).with(as(Role.FIELD)))).isEqualTo(403);
        assertThat(status(put(BASE + "/" + id + "/publication"))).isEqualTo(200);

        JsonNode myDay = Api.json(mvc.perform(get(BASE + "/my-day?date=" + day).with(as(Role.FIELD))).andReturn());
        assertThat(myDay.get("date").asString()).isEqualTo(day.toString());
        assertThat(myDay.get("staffId").asLong()).isEqualTo(ts2);
        assertThat(myDay.get("staffLabel").asString()).isEqualTo("Travailleur social B (démo)");
        assertThat(myDay.get("permanences").valueStream()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.get("planId").asLong()).isEqualTo(id);
            assertThat(p.get("halfDayLabel").asString()).isIn("matin", "après-midi");
            assertThat(p.get("start").asString()).isIn("09:00", "14:00");
            assertThat(p.get("end").asString()).isIn("12:00", "17:00");
            assertThat(p.get("placeName").asString())
                    .isEqualTo(places.findById(p.get("placeId").asLong()).orElseThrow().getName());
            assertThat(p.get("communeName").asString()).isNotBlank();
            assertThat(p.get("lat").asDouble()).isBetween(45.0, 46.0);
            assertThat(p.get("partners").valueStream().map(s -> s.get("id").asLong())).doesNotContain(ts2);
            assertThat(p.get("partners").valueStream().map(s -> s.get("role").asString()))
                    .contains("EMPLOYMENT_COUNSELLOR");
        });
        assertThat(myDay.get("permanences").valueStream().map(p -> p.get("permanenceId").asLong()))
                .contains(held.get("id").asLong());
        JsonNode sameInPlan = Api.json(mvc.perform(get(BASE + "/" + id + "/my-day?date=" + day).with(as(Role.FIELD)))
                .andReturn());
        assertThat(sameInPlan.get("permanences")).isEqualTo(myDay.get("permanences"));
        LocalDate sunday = FROM.with(DayOfWeek.SUNDAY);
        assertThat(Api.json(mvc.perform(get(BASE + "/" + id + "/my-day?date=" + sunday).with(as(Role.FIELD)))
                .andReturn()).get("permanences").isEmpty()).isTrue();
        assertThat(mvc.perform(get(BASE + "/" + id + "/my-day?date=" + TO.plusDays(1)).with(as(Role.FIELD)))
                .andReturn().getResponse().getStatus()).isEqualTo(400);

        assertThat(status(get(BASE + "/" + id + "/calendar/staff/" + ts2 + ".ics").with(as(Role.FIELD)))).isEqualTo(200);
        MvcResult someoneElse = mvc.perform(get(BASE + "/" + id + "/calendar/staff/" + ts1 + ".ics")
                .with(as(Role.FIELD))).andReturn();
        assertThat(someoneElse.getResponse().getStatus()).isEqualTo(403);
        assertThat(someoneElse.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(Api.json(someoneElse).get("detail").asString()).contains("votre propre calendrier");
        assertThat(status(get(BASE + "/" + id + "/calendar/staff/" + ts1 + ".ics"))).as("coordinator").isEqualTo(200);
    }

    @Test
    void anAccountWithoutStaffRecordHasNoDay() throws Exception {
        MvcResult result = mvc.perform(get(BASE + "/my-day?date=" + FROM)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(Api.json(result).get("type").asString()).endsWith("/compte-sans-professionnel");
    }

    private RequestPostProcessor as(Role role) {
        return user(accounts.loadUserByUsername(TestTenants.username(getClass(), role)));
    }

    private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private long staffId(String ref) {
        return staff.findByConsortiumAndRef(consortium.get(), ref).orElseThrow().getId();
    }

    private long launchAndWait() throws Exception {
        long territory = Api.demoTerritoryId(mvc);
        MvcResult result = mvc.perform(post(BASE).contentType(MediaType.APPLICATION_JSON).content(
                "{\"territoryId\":" + territory + ",\"from\":\"" + FROM + "\",\"to\":\"" + TO + "\",\"secondsLimit\":1}"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(202);
        long id = Api.json(result).get("id").asLong();
        assertThat(Api.waitWhileSolving(mvc, BASE + "/" + id).get("status").asString()).isEqualTo("DONE");
        return id;
    }
}
