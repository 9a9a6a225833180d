package fr.allervers.permanence.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.allervers.security.Role;
import fr.allervers.support.Api;
import fr.allervers.support.DatabaseTest;
import fr.allervers.support.TestTenants;
import tools.jackson.databind.JsonNode;

/**
 * Security probe (issue #13): a draft plan, its explanation (which names a colleague's absence), its CSV export,
 * its van calendar and its progress stream all answered 200 to the field account. Replayed here: every part of a
 * draft answers 403 to {@code terrain} and the list leaves it out; once published, the same requests answer 200.
 */
@DatabaseTest
class DraftPlanProbeTest {

    private static final String BASE = "/api/permanence-plans";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService accounts;

    @Test
    void aDraftStaysWithTheCoordinatorsUntilItIsPublished() throws Exception {
        long territory = Api.demoTerritoryId(mvc);
        LocalDate monday = LocalDate.now().plusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        MvcResult launched = mvc.perform(post(BASE).contentType(MediaType.APPLICATION_JSON).content(
                "{\"territoryId\":" + territory + ",\"from\":\"" + monday + "\",\"to\":\"" + monday.plusDays(4)
                        + "\",\"secondsLimit\":1}")).andReturn();
        assertThat(launched.getResponse().getStatus()).isEqualTo(202);
        long id = Api.json(launched).get("id").asLong();
        JsonNode plan = Api.waitUntilDone(mvc, BASE + "/" + id);
        long van = plan.get("permanences").valueStream().filter(p -> !p.get("vanId").isNull()).findFirst()
                .orElseThrow().get("vanId").asLong();
        long ownPerson = Api.json(mvc.perform(get("/api/me").with(as(Role.FIELD))).andReturn()).get("staffId").asLong();
        PlanSeats.heldBy(mvc, id, ownPerson);

        Map<String, String> draftParts = new LinkedHashMap<>();
        draftParts.put("view", BASE + "/" + id);
        draftParts.put("explanation", BASE + "/" + id + "/explanation");
        draftParts.put("CSV export", BASE + "/" + id + "/export.csv");
        draftParts.put("van calendar", BASE + "/" + id + "/calendar/vans/" + van + ".ics");
        draftParts.put("progress", BASE + "/" + id + "/events");
        draftParts.put("own calendar", BASE + "/" + id + "/calendar/staff/" + ownPerson + ".ics");

        for (Map.Entry<String, String> part : draftParts.entrySet()) {
            MvcResult asField = mvc.perform(get(part.getValue()).with(as(Role.FIELD))).andReturn();
            assertThat(asField.getResponse().getStatus()).as("draft " + part.getKey() + " as terrain").isEqualTo(403);
            assertThat(asField.getResponse().getContentType()).as(part.getKey())
                    .startsWith("application/problem+json");
            assertThat(Api.json(asField).get("detail").asString()).as(part.getKey())
                    .contains("pas encore publié par la coordination");
            assertThat(asField.getResponse().getContentAsString(StandardCharsets.UTF_8)).as(part.getKey())
                    .doesNotContain("permanences\"").doesNotContain("BEGIN:VCALENDAR").doesNotContain("0hard");
            assertThat(mvc.perform(get(part.getValue())).andReturn().getResponse().getStatus())
                    .as("draft " + part.getKey() + " as the coordinator").isEqualTo(200);
        }
        String list = BASE + "?territoryId=" + territory;
        assertThat(ids(Api.json(mvc.perform(get(list).with(as(Role.FIELD))).andReturn()))).doesNotContain(id);
        assertThat(ids(Api.getJson(mvc, list))).contains(id);

        assertThat(mvc.perform(put(BASE + "/" + id + "/publication")).andReturn().getResponse().getStatus())
                .isEqualTo(200);

        for (Map.Entry<String, String> part : draftParts.entrySet()) {
            assertThat(mvc.perform(get(part.getValue()).with(as(Role.FIELD))).andReturn().getResponse().getStatus())
                    .as("published " + part.getKey() + " as terrain").isEqualTo(200);
        }
        assertThat(ids(Api.json(mvc.perform(get(list).with(as(Role.FIELD))).andReturn()))).contains(id);
    }

    private static java.util.List<Long> ids(JsonNode list) {
        return list.valueStream().map(p -> p.get("id").asLong()).toList();
    }

    private RequestPostProcessor as(Role role) {
        return user(accounts.loadUserByUsername(TestTenants.username(getClass(), role)));
    }
}
