package fr.allervers.absence;

import fr.allervers.support.TestTenants;
import static fr.allervers.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.allervers.security.AppUserRepository;
import fr.allervers.security.Accounts;
import fr.allervers.security.Role;
import fr.allervers.support.Api;
import fr.allervers.support.DatabaseTest;
import fr.allervers.security.CurrentConsortium;
import fr.allervers.territory.HalfDay;
import fr.allervers.territory.StaffRepository;
import fr.allervers.territory.VanRepository;
import tools.jackson.databind.JsonNode;

/** Declaring, listing and removing absences of the demo staff and van, and what is refused. */
@DatabaseTest
class AbsenceApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffRepository staff;
    @Autowired
    VanRepository vans;
    @Autowired
    CurrentConsortium consortium;
    @Autowired
    StaffAbsenceRepository staffAbsences;
    @Autowired
    VanUnavailabilityRepository vanUnavailabilities;
    @Autowired
    Accounts accounts;
    @Autowired
    Absences absences;
    @Autowired
    AppUserRepository users;

    @Test
    void aStaffAbsenceIsDeclaredListedAndRemoved() throws Exception {
        long ts1 = staffId("TS-1");
        MvcResult created = postJson("/api/staff/" + ts1 + "/absences",
                "{\"from\":\"2027-01-11\",\"fromHalfDay\":\"PM\",\"to\":\"2027-01-13\",\"toHalfDay\":\"AM\","
                        + "\"reason\":\"SICK_LEAVE\"}");
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        JsonNode absence = json(created);
        assertThat(absence.get("staffId").asLong()).isEqualTo(ts1);
        assertThat(absence.get("staffLabel").asString()).isEqualTo("Travailleuse sociale A (démo)");
        assertThat(absence.get("from").asString()).isEqualTo("2027-01-11");
        assertThat(absence.get("fromHalfDay").asString()).isEqualTo("PM");
        assertThat(absence.get("toHalfDay").asString()).isEqualTo("AM");
        assertThat(absence.get("reasonLabel").asString()).isEqualTo("arrêt maladie");
        assertThat(absence.get("createdBy").asString()).isEqualTo(TestTenants.username(getClass(), Role.COORDINATOR));

        // What planning reads: the afternoon of the 11th, all of the 12th, the morning of the 13th.
        var away = absences.staffAway(consortium.get(), LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 13))
                .get(ts1).get(0);
        assertThat(away.covers(LocalDate.of(2027, 1, 11), HalfDay.AM)).isFalse();
        assertThat(away.covers(LocalDate.of(2027, 1, 11), HalfDay.PM)).isTrue();
        assertThat(away.covers(LocalDate.of(2027, 1, 12), HalfDay.AM)).isTrue();
        assertThat(away.covers(LocalDate.of(2027, 1, 13), HalfDay.AM)).isTrue();
        assertThat(away.covers(LocalDate.of(2027, 1, 13), HalfDay.PM)).isFalse();

        JsonNode list = Api.getJson(mvc, "/api/staff/" + ts1 + "/absences");
        assertThat(list.valueStream().map(a -> a.get("id").asLong())).contains(absence.get("id").asLong());

        assertThat(mvc.perform(delete("/api/staff/" + ts1 + "/absences/" + absence.get("id").asLong())).andReturn()
                .getResponse().getStatus()).isEqualTo(204);
        assertThat(Api.getJson(mvc, "/api/staff/" + ts1 + "/absences").valueStream()
                .map(a -> a.get("id").asLong())).doesNotContain(absence.get("id").asLong());
    }

    @Test
    void aVanUnavailabilityIsDeclaredListedAndRemoved() throws Exception {
        long van = vans.findByConsortiumOrderByRef(consortium.get()).get(0).getId();
        MvcResult created = postJson("/api/vans/" + van + "/unavailability",
                "{\"from\":\"2027-02-01\",\"to\":\"2027-02-01\",\"toHalfDay\":\"AM\",\"reason\":\"BREAKDOWN\"}");
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        JsonNode unavailability = json(created);
        assertThat(unavailability.get("vanId").asLong()).isEqualTo(van);
        assertThat(unavailability.get("reasonLabel").asString()).isEqualTo("panne");
        assertThat(unavailability.get("fromHalfDay").isNull()).isTrue();

        assertThat(Api.getJson(mvc, "/api/vans/" + van + "/unavailability").valueStream()
                .map(a -> a.get("id").asLong())).contains(unavailability.get("id").asLong());
        assertThat(mvc.perform(delete("/api/vans/" + van + "/unavailability/" + unavailability.get("id").asLong()))
                .andReturn().getResponse().getStatus()).isEqualTo(204);
        assertThat(vanUnavailabilities.findById(unavailability.get("id").asLong())).isEmpty();
    }

    @Test
    void badRequestsAreRefusedAndWriteNothing() throws Exception {
        long ts1 = staffId("TS-1");
        long van = vans.findByConsortiumOrderByRef(consortium.get()).get(0).getId();
        long staffBefore = staffAbsences.count();
        long vansBefore = vanUnavailabilities.count();

        assertProblem(postJson("/api/staff/" + ts1 + "/absences", "{\"from\":\"2027-03-05\",\"to\":\"2027-03-04\"}"), 400);
        assertProblem(postJson("/api/staff/" + ts1 + "/absences",
                "{\"from\":\"2027-03-05\",\"fromHalfDay\":\"PM\",\"to\":\"2027-03-05\",\"toHalfDay\":\"AM\"}"), 400);
        assertProblem(postJson("/api/staff/" + ts1 + "/absences", "{\"to\":\"2027-03-05\"}"), 400);
        assertProblem(postJson("/api/staff/" + ts1 + "/absences",
                "{\"from\":\"2027-03-05\",\"to\":\"2027-03-05\",\"reason\":\"BREAKDOWN\"}"), 400);
        assertProblem(postJson("/api/staff/" + ts1 + "/absences", "{\"from\":\"5 mars\",\"to\":\"2027-03-05\"}"), 400);
        assertProblem(postJson("/api/staff/999999/absences", "{\"from\":\"2027-03-04\",\"to\":\"2027-03-05\"}"), 404);
        assertProblem(postJson("/api/vans/" + van + "/unavailability", "{\"from\":\"2027-03-05\",\"to\":\"2027-03-01\"}"),
                400);
        assertProblem(postJson("/api/vans/" + van + "/unavailability",
                "{\"from\":\"2027-03-05\",\"to\":\"2027-03-05\",\"reason\":\"HOLIDAY\"}"), 400);
        assertProblem(postJson("/api/vans/999999/unavailability", "{\"from\":\"2027-03-04\",\"to\":\"2027-03-05\"}"), 404);
        assertProblem(mvc.perform(get("/api/staff/999999/absences")).andReturn(), 404);
        assertProblem(mvc.perform(get("/api/vans/999999/unavailability")).andReturn(), 404);
        assertProblem(mvc.perform(delete("/api/staff/" + ts1 + "/absences/999999")).andReturn(), 404);
        assertProblem(mvc.perform(delete("/api/vans/" + van + "/unavailability/999999")).andReturn(), 404);

        assertThat(staffAbsences.count()).isEqualTo(staffBefore);
        assertThat(vanUnavailabilities.count()).isEqualTo(vansBefore);
    }

    /** Another consortium's coordinator neither reads nor writes the demo staff's absences, nor removes them. */
    @Test
    void absencesStayInTheirConsortium() throws Exception {
        RequestPostProcessor other = httpBasic("coord-absences", "mot-de-passe-c");
        if (users.findByUsernameIgnoreCase("coord-absences").isEmpty()) {
            accounts.create("coord-absences", "mot-de-passe-c", Role.COORDINATOR,
                    accounts.consortium("Consortium Absences"), null);
        }
        long ts1 = staffId("TS-1");
        JsonNode mine = json(postJson("/api/staff/" + ts1 + "/absences", "{\"from\":\"2027-04-01\",\"to\":\"2027-04-02\"}"));
        try {
            assertThat(mvc.perform(get("/api/staff/" + ts1 + "/absences").with(other)).andReturn().getResponse()
                    .getStatus()).isEqualTo(404);
            assertThat(mvc.perform(post("/api/staff/" + ts1 + "/absences").with(other)
                    .contentType(MediaType.APPLICATION_JSON).content("{\"from\":\"2027-04-01\",\"to\":\"2027-04-02\"}"))
                    .andReturn().getResponse().getStatus()).isEqualTo(404);
            assertThat(mvc.perform(delete("/api/staff/" + ts1 + "/absences/" + mine.get("id").asLong()).with(other))
                    .andReturn().getResponse().getStatus()).isEqualTo(404);
            assertThat(staffAbsences.findById(mine.get("id").asLong())).isPresent();
        } finally {
            mvc.perform(delete("/api/staff/" + ts1 + "/absences/" + mine.get("id").asLong()));
        }
    }

    private long staffId(String ref) {
        return staff.findByConsortiumAndRef(consortium.get(), ref).orElseThrow().getId();
    }

    private MvcResult postJson(String url, String body) throws Exception {
        return mvc.perform(post(url)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
    }

    private static void assertProblem(MvcResult result, int status) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
    }
}
