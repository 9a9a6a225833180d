package fr.allervers.permanence.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.allervers.support.Api;
import fr.allervers.support.DatabaseTest;
import tools.jackson.databind.JsonNode;

/**
 * A coordinator publishes a finished plan to the field and can take it back; a plan still solving, or one that
 * breaks a hard rule, is refused with the reason; re-planning a published plan asks for confirmation first (the
 * new version itself: PlanLifecycleTest).
 */
@DatabaseTest
class PlanPublicationTest {

    private static final LocalDate FROM = LocalDate.of(2026, 6, 1);
    private static final LocalDate TO = LocalDate.of(2026, 6, 12);
    private static final String BASE = "/api/permanence-plans";

    @Autowired
    private MockMvc mvc;

    @Test
    void aFinishedPlanIsPublishedThenWithdrawnAndListedAsSuch() throws Exception {
        long id = launch(2);
        Api.waitWhileSolving(mvc, BASE + "/" + id);
        assertThat(Api.getJson(mvc, BASE + "/" + id).get("publishedAt").isNull()).isTrue();

        JsonNode published = Api.json(mvc.perform(put(BASE + "/" + id + "/publication")).andReturn());
        assertThat(published.get("publishedAt").asString()).isNotBlank();
        assertThat(listed(id).get("publishedAt").asString()).isEqualTo(published.get("publishedAt").asString());

        JsonNode withdrawn = Api.json(mvc.perform(delete(BASE + "/" + id + "/publication")).andReturn());
        assertThat(withdrawn.get("publishedAt").isNull()).isTrue();
        assertThat(listed(id).get("publishedAt").isNull()).isTrue();
    }

    @Test
    void aPlanStillSolvingIsNotPublished() throws Exception {
        long id = launch(6);
        MvcResult refused = mvc.perform(put(BASE + "/" + id + "/publication")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(Api.json(refused).get("detail").asString()).contains("en cours de calcul");
        Api.waitWhileSolving(mvc, BASE + "/" + id);
        assertThat(Api.getJson(mvc, BASE + "/" + id).get("publishedAt").isNull()).isTrue();
    }

    @Test
    void aPlanBreakingAHardRuleNowIsNotPublishedUntilFixed() throws Exception {
        long id = launch(2);
        JsonNode plan = Api.waitWhileSolving(mvc, BASE + "/" + id);
        assertThat(plan.get("score").asString()).startsWith("0hard");
        // After the plan was computed, someone of its first permanence falls ill that day: publishing re-scores.
        JsonNode first = plan.get("permanences").get(0);
        long ill = first.get("staff").get(0).get("id").asLong();
        String day = first.get("date").asString();
        MvcResult absence = mvc.perform(post("/api/staff/" + ill + "/absences").contentType(MediaType.APPLICATION_JSON)
                .content("{\"from\":\"" + day + "\",\"to\":\"" + day + "\",\"reason\":\"SICK_LEAVE\"}")).andReturn();
        assertThat(absence.getResponse().getStatus()).isEqualTo(201);
        long absenceId = Api.json(absence).get("id").asLong();
        try {
            MvcResult refused = mvc.perform(put(BASE + "/" + id + "/publication")).andReturn();
            assertThat(refused.getResponse().getStatus()).isEqualTo(409);
            assertThat(Api.json(refused).get("detail").asString()).contains("règle impérative").contains("indisponible");
            JsonNode unchanged = Api.getJson(mvc, BASE + "/" + id);
            assertThat(unchanged.get("publishedAt").isNull()).isTrue();
            assertThat(unchanged.get("score").asString()).as("the absence re-scored the plan").startsWith("-1hard/");
        } finally {
            mvc.perform(delete("/api/staff/" + ill + "/absences/" + absenceId));
        }
        // Back at work: the plan can go out.
        assertThat(mvc.perform(put(BASE + "/" + id + "/publication")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void replanningAPublishedPlanAsksFirstAndLeavesItPublished() throws Exception {
        long id = launch(2);
        Api.waitWhileSolving(mvc, BASE + "/" + id);
        assertThat(mvc.perform(put(BASE + "/" + id + "/publication")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        MvcResult refused = mvc.perform(post(BASE + "/" + id + "/replan").contentType(MediaType.APPLICATION_JSON)
                .content("{\"secondsLimit\":1}")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        JsonNode unchanged = Api.getJson(mvc, BASE + "/" + id);
        assertThat(unchanged.get("status").asString()).isEqualTo("DONE");
        assertThat(unchanged.get("publishedAt").isNull()).isFalse();
    }

    @Test
    void anUnknownPlanIsNotFound() throws Exception {
        assertThat(mvc.perform(put(BASE + "/999999/publication")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    private long launch(int seconds) throws Exception {
        MvcResult result = mvc.perform(post(BASE).contentType(MediaType.APPLICATION_JSON).content(
                "{\"territoryId\":" + Api.demoTerritoryId(mvc) + ",\"from\":\"" + FROM + "\",\"to\":\"" + TO
                        + "\",\"secondsLimit\":" + seconds + "}")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(202);
        return Api.json(result).get("id").asLong();
    }

    private JsonNode listed(long id) throws Exception {
        return Api.getJson(mvc, BASE + "?territoryId=" + Api.demoTerritoryId(mvc)).valueStream()
                .filter(p -> p.get("id").asLong() == id).findFirst().orElseThrow();
    }
}
