package fr.allervers.permanence.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.allervers.support.Api;
import fr.allervers.support.DatabaseTest;
import fr.allervers.territory.CurrentConsortium;
import fr.allervers.territory.StaffRepository;
import tools.jackson.databind.JsonNode;

/**
 * A coordinator publishes a finished plan to the field and can take it back; a plan still solving, or one that
 * breaks a hard rule, is refused with the reason; re-planning takes a published plan back to draft.
 */
@DatabaseTest
class PlanPublicationTest {

    private static final LocalDate FROM = LocalDate.of(2026, 6, 1);
    private static final LocalDate TO = LocalDate.of(2026, 6, 12);
    private static final String BASE = "/api/permanence-plans";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private StaffRepository staff;
    @Autowired
    private CurrentConsortium consortium;

    @Test
    void aFinishedPlanIsPublishedThenWithdrawnAndListedAsSuch() throws Exception {
        long id = launch(1);
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
    void aPlanBreakingAHardRuleIsNotPublishedUntilFixed() throws Exception {
        long id = launch(1);
        JsonNode plan = Api.waitWhileSolving(mvc, BASE + "/" + id);
        // TS-2 does not work on Fridays: putting them on a Friday permanence breaks a hard rule.
        JsonNode friday = plan.get("permanences").valueStream()
                .filter(p -> LocalDate.parse(p.get("date").asString()).getDayOfWeek() == DayOfWeek.FRIDAY)
                .findFirst().orElseThrow();
        long counsellor = friday.get("staff").valueStream()
                .filter(s -> s.get("role").asString().equals("EMPLOYMENT_COUNSELLOR")).findFirst().orElseThrow()
                .get("id").asLong();
        String path = BASE + "/" + id + "/permanences/" + friday.get("id").asLong();
        JsonNode moved = Api.json(mvc.perform(patch(path).contentType(MediaType.APPLICATION_JSON)
                .content("{\"staff\":[" + staffId("TS-2") + "," + counsellor + "]}")).andReturn());
        assertThat(moved.get("score").asString()).doesNotStartWith("0hard");

        MvcResult refused = mvc.perform(put(BASE + "/" + id + "/publication")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(Api.json(refused).get("detail").asString()).contains("règle impérative");
        assertThat(Api.getJson(mvc, BASE + "/" + id).get("publishedAt").isNull()).isTrue();

        // The coordinator puts the original pair back: the plan can go out.
        String pair = friday.get("staff").valueStream().map(s -> s.get("id").asString())
                .collect(java.util.stream.Collectors.joining(","));
        JsonNode fixed = Api.json(mvc.perform(patch(path).contentType(MediaType.APPLICATION_JSON)
                .content("{\"staff\":[" + pair + "]}")).andReturn());
        assertThat(fixed.get("score").asString()).startsWith("0hard");
        assertThat(mvc.perform(put(BASE + "/" + id + "/publication")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void replanningAPublishedPlanTakesItBackToDraft() throws Exception {
        long id = launch(1);
        Api.waitWhileSolving(mvc, BASE + "/" + id);
        assertThat(mvc.perform(put(BASE + "/" + id + "/publication")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        mvc.perform(post(BASE + "/" + id + "/replan").contentType(MediaType.APPLICATION_JSON)
                .content("{\"secondsLimit\":1}"));
        assertThat(Api.waitWhileSolving(mvc, BASE + "/" + id).get("publishedAt").isNull()).isTrue();
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

    private long staffId(String ref) {
        return staff.findByConsortiumAndRef(consortium.get(), ref).orElseThrow().getId();
    }
}
