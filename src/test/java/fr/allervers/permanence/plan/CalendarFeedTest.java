package fr.allervers.permanence.plan;

import fr.allervers.support.TestTenants;
import fr.allervers.security.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

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
import fr.allervers.territory.StaffRepository;
import tools.jackson.databind.JsonNode;

/**
 * A calendar app subscribes to a person's published permanences at a secret address: no session, the address is the
 * key; drafts never show; a new address cuts the old one, and a revoked one answers 404. Field accounts manage only
 * their own subscription.
 */
@DatabaseTest
class CalendarFeedTest {

    private static final String BASE = "/api/permanence-plans";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService accounts;
    @Autowired
    private StaffRepository staff;
    @Autowired
    private CurrentConsortium consortium;

    @Test
    void aFieldWorkerSubscribesToTheirPublishedPermanencesOnly() throws Exception {
        long ts2 = staffId("TS-2");
        // Next week's plan, with TS-2 put on its first permanence by hand if the solver left them out.
        LocalDate monday = LocalDate.now(ZoneId.of("Europe/Paris")).with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                .plusWeeks(2);
        long planId = solve(monday, monday.plusDays(4));
        JsonNode theirs = PlanSeats.heldBy(mvc, planId, ts2);

        JsonNode feed = Api.json(mvc.perform(put("/api/staff/" + ts2 + "/calendar-feed").with(as(Role.FIELD))).andReturn());
        String path = URI.create(feed.get("url").asString()).getPath();
        assertThat(path).matches("/calendar/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(feed.get("webcal").asString()).startsWith("webcal://");

        // A draft is not in the calendar.
        String draft = calendar(path);
        assertThat(draft).startsWith("BEGIN:VCALENDAR").doesNotContain("permanence-" + planId + "-");

        assertThat(mvc.perform(put(BASE + "/" + planId + "/publication")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        String published = calendar(path);
        assertThat(published).contains("X-WR-CALNAME:Permanences — Travailleur social B (démo)")
                .contains("permanence-" + planId + "-" + theirs.get("date").asString().replace("-", ""))
                .contains(theirs.get("placeName").asString().replace(",", "\\,"));
        // Only this person's permanences: as many of this plan's events as the plan gives them (plans that other
        // tests published on other days of the feed's window are there too).
        long mine = Api.getJson(mvc, BASE + "/" + planId).get("permanences").valueStream()
                .filter(p -> p.get("staff").valueStream().anyMatch(s -> s.get("id").asLong() == ts2)).count();
        assertThat(published.split("UID:permanence-" + planId + "-", -1).length - 1).isEqualTo((int) mine);

        // The status never shows the address again.
        JsonNode status = Api.json(mvc.perform(get("/api/staff/" + ts2 + "/calendar-feed").with(as(Role.FIELD)))
                .andReturn());
        assertThat(status.get("active").asBoolean()).isTrue();
        assertThat(status.get("url").isNull()).isTrue();

        // A new address cuts the old one; revoking cuts everything.
        JsonNode renewed = Api.json(mvc.perform(put("/api/staff/" + ts2 + "/calendar-feed").with(as(Role.FIELD)))
                .andReturn());
        assertThat(status(path)).isEqualTo(404);
        String newPath = URI.create(renewed.get("url").asString()).getPath();
        assertThat(status(newPath)).isEqualTo(200);
        assertThat(mvc.perform(delete("/api/staff/" + ts2 + "/calendar-feed").with(as(Role.FIELD))).andReturn()
                .getResponse().getStatus()).isEqualTo(204);
        assertThat(status(newPath)).isEqualTo(404);
        assertThat(Api.json(mvc.perform(get("/api/staff/" + ts2 + "/calendar-feed").with(as(Role.FIELD))).andReturn())
                .get("active").asBoolean()).isFalse();
    }

    @Test
    void aFieldWorkerCannotSubscribeToSomeoneElsesCalendarButACoordinatorCan() throws Exception {
        long ts1 = staffId("TS-1");
        MvcResult refused = mvc.perform(put("/api/staff/" + ts1 + "/calendar-feed").with(as(Role.FIELD))).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(Api.json(refused).get("detail").asString()).contains("votre propre abonnement");
        assertThat(mvc.perform(put("/api/staff/" + ts1 + "/calendar-feed")).andReturn().getResponse().getStatus())
                .as("coordinator").isEqualTo(200);
        assertThat(mvc.perform(delete("/api/staff/" + ts1 + "/calendar-feed")).andReturn().getResponse().getStatus())
                .isEqualTo(204);
        assertThat(mvc.perform(put("/api/staff/999999/calendar-feed")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void anUnknownAddressIsNotFoundAndTellsNothing() throws Exception {
        assertThat(status("/calendar/" + "A".repeat(43) + ".ics")).isEqualTo(404);
        assertThat(status("/calendar/x.ics")).isEqualTo(404);
    }

    private String calendar(String path) throws Exception {
        var response = mvc.perform(get(path).with(anonymous())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/calendar");
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private int status(String path) throws Exception {
        return mvc.perform(get(path).with(anonymous())).andReturn().getResponse().getStatus();
    }

    private long solve(LocalDate from, LocalDate to) throws Exception {
        MvcResult result = mvc.perform(post(BASE).contentType(MediaType.APPLICATION_JSON).content("{\"territoryId\":"
                + Api.demoTerritoryId(mvc) + ",\"from\":\"" + from + "\",\"to\":\"" + to + "\",\"secondsLimit\":2}"))
                .andReturn();
        long id = Api.json(result).get("id").asLong();
        assertThat(Api.waitWhileSolving(mvc, BASE + "/" + id).get("status").asString()).isEqualTo("DONE");
        return id;
    }

    private RequestPostProcessor as(Role role) {
        return user(accounts.loadUserByUsername(TestTenants.username(getClass(), role)));
    }

    private long staffId(String ref) {
        return staff.findByConsortiumAndRef(consortium.get(), ref).orElseThrow().getId();
    }
}
