package fr.allervers.permanence.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.allervers.support.Api;
import tools.jackson.databind.JsonNode;

/** Test steps on a computed plan's seats, for tests that need a given person in it. */
final class PlanSeats {

    private PlanSeats() {
    }

    /**
     * A permanence of the person in the plan; if the solver gave them none, the coordinator seats them by hand in
     * the first Tuesday permanence, beside its employment counsellor (the demo's TS-2 works on Tuesdays).
     */
    static JsonNode heldBy(MockMvc mvc, long planId, long staffId) throws Exception {
        String plan = "/api/permanence-plans/" + planId;
        JsonNode permanences = Api.getJson(mvc, plan).get("permanences");
        var theirs = permanences.valueStream()
                .filter(p -> p.get("staff").valueStream().anyMatch(s -> s.get("id").asLong() == staffId)).findFirst();
        if (theirs.isPresent()) {
            return theirs.get();
        }
        JsonNode tuesday = permanences.valueStream()
                .filter(p -> LocalDate.parse(p.get("date").asString()).getDayOfWeek() == DayOfWeek.TUESDAY)
                .findFirst().orElseThrow();
        long counsellor = tuesday.get("staff").valueStream()
                .filter(s -> s.get("role").asString().equals("EMPLOYMENT_COUNSELLOR")).findFirst().orElseThrow()
                .get("id").asLong();
        MvcResult moved = mvc.perform(patch(plan + "/permanences/" + tuesday.get("id").asLong())
                .contentType(MediaType.APPLICATION_JSON).content("{\"staff\":[" + staffId + "," + counsellor + "]}"))
                .andReturn();
        assertThat(moved.getResponse().getStatus()).isEqualTo(200);
        return Api.json(moved).get("permanences").valueStream()
                .filter(p -> p.get("id").asLong() == tuesday.get("id").asLong()).findFirst().orElseThrow();
    }
}
