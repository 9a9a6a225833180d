package fr.allervers.permanence.daysoff;

import static fr.allervers.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.allervers.permanence.domain.DayOff;
import fr.allervers.permanence.domain.DayOffKind;
import fr.allervers.security.Accounts;
import fr.allervers.security.AppUserRepository;
import fr.allervers.security.CurrentConsortium;
import fr.allervers.security.Role;
import fr.allervers.support.Api;
import fr.allervers.support.AsRole;
import fr.allervers.support.DatabaseTest;
import fr.allervers.support.TestTenants;
import tools.jackson.databind.JsonNode;

/**
 * Days without permanence through the API: closing days, the school calendar import and the consortium's choice, and
 * the probe — a plan across Christmas and New Year 2026, both on a Friday, never puts the van out on them.
 */
@DatabaseTest
class DaysOffApiTest {

    private static final String PLANS = "/api/permanence-plans";

    @Autowired
    MockMvc mvc;
    @Autowired
    ClosingDayRepository closingDays;
    @Autowired
    SchoolHolidayRepository schoolHolidays;
    @Autowired
    DaysOff daysOff;
    @Autowired
    CurrentConsortium consortium;
    @Autowired
    Accounts accounts;
    @Autowired
    AppUserRepository users;

    @Test
    void aClosingDayIsAddedListedAndRemoved() throws Exception {
        MvcResult created = postJson("/api/closing-days",
                "{\"date\":\"2027-05-07\",\"halfDay\":\"PM\",\"reason\":\"pont de l'Ascension\"}");
        assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString()).isEqualTo(201);
        JsonNode day = json(created);
        assertThat(day.get("date").asString()).isEqualTo("2027-05-07");
        assertThat(day.get("halfDay").asString()).isEqualTo("PM");
        assertThat(day.get("reason").asString()).isEqualTo("pont de l'Ascension");
        assertThat(day.get("createdBy").asString()).isEqualTo(TestTenants.username(getClass(), Role.COORDINATOR));
        long id = day.get("id").asLong();

        assertThat(Api.getJson(mvc, "/api/closing-days?from=2027-05-01&to=2027-05-31").valueStream()
                .map(c -> c.get("id").asLong())).containsExactly(id);
        // The morning of the same day is still free; the whole day or the same afternoon again is not.
        assertThat(postJson("/api/closing-days", "{\"date\":\"2027-05-07\",\"reason\":\"pont\"}").getResponse()
                .getStatus()).isEqualTo(400);
        MvcResult again = postJson("/api/closing-days",
                "{\"date\":\"2027-05-07\",\"halfDay\":\"PM\",\"reason\":\"pont\"}");
        assertProblem(again, 400);
        assertThat(again.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("une fermeture est déjà déclarée le 2027-05-07 après-midi");

        JsonNode calendar = Api.getJson(mvc, "/api/days-off?from=2027-05-01&to=2027-05-31");
        assertThat(calendar.valueStream().map(e -> e.get("kindLabel").asString() + " " + e.get("label").asString()
                + " " + e.get("from").asString())).containsExactly(
                        "jour férié fête du Travail 2027-05-01", "jour férié Ascension 2027-05-06",
                        "fermeture pont de l'Ascension 2027-05-07", "jour férié victoire 1945 2027-05-08",
                        "jour férié lundi de Pentecôte 2027-05-17");

        assertThat(mvc.perform(delete("/api/closing-days/" + id)).andReturn().getResponse().getStatus())
                .isEqualTo(204);
        assertThat(closingDays.findById(id)).isEmpty();
        assertProblem(mvc.perform(delete("/api/closing-days/" + id)).andReturn(), 404);
    }

    @Test
    void badClosingDaysAreRefusedInFrenchAndWriteNothing() throws Exception {
        long before = closingDays.count();
        assertDetail(postJson("/api/closing-days", "{\"reason\":\"pont\"}"), "la date est obligatoire");
        assertDetail(postJson("/api/closing-days", "{\"date\":\"1999-12-31\",\"reason\":\"pont\"}"),
                "hors des années 2000 à 2100");
        assertDetail(postJson("/api/closing-days", "{\"date\":\"2101-01-03\",\"reason\":\"pont\"}"),
                "hors des années 2000 à 2100");
        assertDetail(postJson("/api/closing-days", "{\"date\":\"2027-06-04\",\"reason\":\"  \"}"),
                "le motif de la fermeture est obligatoire");
        assertDetail(postJson("/api/closing-days", "{\"date\":\"2027-06-04\",\"reason\":\"" + "x".repeat(121) + "\"}"),
                "120 caractères");
        assertProblem(postJson("/api/closing-days", "{\"date\":\"4 juin\",\"reason\":\"pont\"}"), 400);
        assertProblem(postJson("/api/closing-days", "{\"date\":\"2027-06-04\",\"halfDay\":\"SOIR\",\"reason\":\"x\"}"),
                400);
        assertDetail(mvc.perform(get("/api/days-off?from=2027-06-04&to=2027-06-01")).andReturn(),
                "est après la date de fin");
        assertThat(closingDays.count()).isEqualTo(before);
    }

    @Test
    @AsRole(Role.FIELD)
    void theFieldReadsTheDaysOffButChangesNothing() throws Exception {
        RequestPostProcessor coordinator = TestTenants.basic(getClass(), Role.COORDINATOR);
        JsonNode mine = json(mvc.perform(post("/api/closing-days").with(coordinator)
                .contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"2027-06-11\",\"reason\":\"séminaire\"}"))
                .andReturn());
        try {
            assertThat(Api.getJson(mvc, "/api/closing-days?from=2027-06-01&to=2027-06-30").valueStream()
                    .map(c -> c.get("reason").asString())).containsExactly("séminaire");
            assertThat(mvc.perform(get("/api/days-off?from=2027-06-01&to=2027-06-30")).andReturn().getResponse()
                    .getStatus()).isEqualTo(200);
            assertThat(status(post("/api/closing-days").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"date\":\"2027-06-18\",\"reason\":\"pont\"}"))).isEqualTo(403);
            assertThat(status(delete("/api/closing-days/" + mine.get("id").asLong()))).isEqualTo(403);
            assertThat(status(put("/api/days-off/settings").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"schoolZone\":\"Zone A\"}"))).isEqualTo(403);
            assertThat(Api.upload(mvc, "school-holidays", "calendrier.csv", fixture("fr-en-calendrier-scolaire.csv"))
                    .getResponse().getStatus()).isEqualTo(403);
            assertThat(closingDays.findById(mine.get("id").asLong())).isPresent();
        } finally {
            mvc.perform(delete("/api/closing-days/" + mine.get("id").asLong()).with(coordinator));
        }
    }

    /** Another consortium's coordinator neither sees nor removes this consortium's closing days. */
    @Test
    void closingDaysStayInTheirConsortium() throws Exception {
        RequestPostProcessor other = httpBasic("coord-fermetures", TestTenants.PASSWORD);
        if (users.findByUsernameIgnoreCase("coord-fermetures").isEmpty()) {
            accounts.create("coord-fermetures", TestTenants.PASSWORD, Role.COORDINATOR,
                    accounts.consortium("Consortium Fermetures"), null);
        }
        long id = json(postJson("/api/closing-days", "{\"date\":\"2027-07-16\",\"reason\":\"pont\"}")).get("id")
                .asLong();
        try {
            assertProblem(mvc.perform(delete("/api/closing-days/" + id).with(other)).andReturn(), 404);
            assertThat(Api.json(mvc.perform(get("/api/closing-days?from=2027-07-01&to=2027-07-31").with(other))
                    .andReturn()).size()).isZero();
            assertThat(closingDays.findById(id)).isPresent();
        } finally {
            mvc.perform(delete("/api/closing-days/" + id));
        }
    }

    @Test
    void theSchoolCalendarIsImportedOnceAndAZoneMayStopThePermanences() throws Exception {
        long before = schoolHolidays.count();
        MvcResult bad = Api.upload(mvc, "school-holidays", "calendrier.csv", fixture("bad-date.csv"));
        assertProblem(bad, 400);
        assertThat(bad.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("date de début illisible : « 19 décembre 2026 »");
        assertThat(schoolHolidays.count()).isEqualTo(before);

        JsonNode report = json(Api.upload(mvc, "school-holidays", "calendrier.csv",
                fixture("fr-en-calendrier-scolaire.csv")));
        // One holiday per zone, whatever the number of académies; the teachers' line is read and left out.
        assertThat(report.get("created").asInt()).as(report.toString()).isEqualTo(8);
        assertThat(report.get("skipped").toString()).contains("enseignants seulement");
        JsonNode again = json(Api.upload(mvc, "school-holidays", "calendrier.csv",
                fixture("fr-en-calendrier-scolaire.csv")));
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(8);

        JsonNode zoneA = Api.getJson(mvc, "/api/school-holidays?zone=Zone A");
        assertThat(zoneA.size()).isEqualTo(6);
        JsonNode christmas = zoneA.valueStream().filter(h -> h.get("description").asString().equals("Vacances de Noël"))
                .findFirst().orElseThrow();
        // From Saturday 19 December (end of classes) to Sunday 3 January (back to school on the 4th).
        assertThat(christmas.get("firstDay").asString()).isEqualTo("2026-12-19");
        assertThat(christmas.get("lastDay").asString()).isEqualTo("2027-01-03");
        JsonNode reunion = Api.getJson(mvc, "/api/school-holidays?zone=Réunion").get(0);
        assertThat(reunion.get("firstDay").asString()).as("overseas midnight").isEqualTo("2026-12-19");

        assertDetail(putJson("/api/days-off/settings", "{\"schoolZone\":\"Zone Z\"}"), "zone scolaire inconnue");
        assertDetail(putJson("/api/days-off/settings", "{\"noPermanenceInSchoolHolidays\":true}"),
                "choisissez la zone scolaire");
        try {
            JsonNode informative = json(putJson("/api/days-off/settings", "{\"schoolZone\":\"Zone A\"}"));
            assertThat(informative.get("noPermanenceInSchoolHolidays").asBoolean()).isFalse();
            JsonNode shown = Api.getJson(mvc, "/api/days-off?from=2026-12-14&to=2027-01-10");
            assertThat(shown.valueStream().filter(e -> e.get("kind").asString().equals("SCHOOL_HOLIDAY")))
                    .singleElement().satisfies(e -> {
                        assertThat(e.get("label").asString()).isEqualTo("Vacances de Noël");
                        assertThat(e.get("permanencesHeld").asBoolean()).isTrue();
                    });
            assertThat(daysOff.daysOff(consortium.get(), LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 23)))
                    .as("information only: planning is not affected").isEmpty();

            JsonNode stop = json(putJson("/api/days-off/settings",
                    "{\"schoolZone\":\"Zone A\",\"noPermanenceInSchoolHolidays\":true}"));
            assertThat(stop.get("noPermanenceInSchoolHolidays").asBoolean()).isTrue();
            assertThat(stop.get("zones").toString()).contains("Zone A", "Réunion");
            List<DayOff> off = daysOff.daysOff(consortium.get(), LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 23));
            assertThat(off).extracting(DayOff::date).containsExactly(LocalDate.of(2026, 12, 21),
                    LocalDate.of(2026, 12, 22), LocalDate.of(2026, 12, 23));
            assertThat(off).allMatch(d -> d.kind() == DayOffKind.SCHOOL_HOLIDAY
                    && d.label().equals("Vacances de Noël"));
        } finally {
            putJson("/api/days-off/settings", "{\"schoolZone\":null,\"noPermanenceInSchoolHolidays\":false}");
        }
    }

    /**
     * The probe: three weeks from Monday 21 December 2026, with the afternoon of the 24th and Thursday 31
     * December closed by the consortium. No permanence on Christmas, New Year's Day nor the closings; the
     * explanation says why; a move by hand onto them is refused in French.
     */
    @Test
    void aPlanAcrossChristmasAndNewYearNeverHoldsAPermanenceOnThem() throws Exception {
        long eve = json(postJson("/api/closing-days",
                "{\"date\":\"2026-12-24\",\"halfDay\":\"PM\",\"reason\":\"réveillon\"}")).get("id").asLong();
        long bridge = json(postJson("/api/closing-days", "{\"date\":\"2026-12-31\",\"reason\":\"pont\"}"))
                .get("id").asLong();
        try {
            MvcResult launched = mvc.perform(post(PLANS).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"territoryId\":" + Api.demoTerritoryId(mvc)
                            + ",\"from\":\"2026-12-21\",\"to\":\"2027-01-08\",\"secondsLimit\":1}")).andReturn();
            assertThat(launched.getResponse().getStatus()).isEqualTo(202);
            long id = json(launched).get("id").asLong();
            JsonNode plan = Api.waitUntilDone(mvc, PLANS + "/" + id);

            JsonNode permanences = plan.get("permanences");
            assertThat(permanences.size()).isGreaterThan(3);
            assertThat(permanences.valueStream().map(p -> p.get("date").asString()))
                    .doesNotContain("2026-12-25", "2027-01-01", "2026-12-31");
            assertThat(permanences.valueStream().filter(p -> p.get("date").asString().equals("2026-12-24"))
                    .map(p -> p.get("halfDay").asString())).doesNotContain("PM");

            JsonNode explanation = Api.getJson(mvc, PLANS + "/" + id + "/explanation");
            assertThat(explanation.get("daysOff").valueStream().map(JsonNode::asString)).contains(
                    "Jeudi 24 décembre après-midi : fermeture (réveillon), pas de permanence",
                    "Vendredi 25 décembre : jour férié (Noël), pas de permanence",
                    "Jeudi 31 décembre : fermeture (pont), pas de permanence");
            assertThat(explanation.toString()).contains("jour férié (jour de l'an)");

            long pid = permanences.get(0).get("id").asLong();
            MvcResult toChristmas = mvc.perform(patch(PLANS + "/" + id + "/permanences/" + pid)
                    .contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"2026-12-25\"}")).andReturn();
            assertDetail(toChristmas, "jour férié (Noël)");
            MvcResult toBridge = mvc.perform(patch(PLANS + "/" + id + "/permanences/" + pid)
                    .contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"2026-12-31\"}")).andReturn();
            assertDetail(toBridge, "fermeture (pont)");
            assertThat(Api.getJson(mvc, PLANS + "/" + id).get("permanences").toString())
                    .isEqualTo(permanences.toString());
        } finally {
            mvc.perform(delete("/api/closing-days/" + eve));
            mvc.perform(delete("/api/closing-days/" + bridge));
        }
    }

    private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private MvcResult postJson(String url, String body) throws Exception {
        return mvc.perform(post(url).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
    }

    private MvcResult putJson(String url, String body) throws Exception {
        return mvc.perform(put(url).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
    }

    private static byte[] fixture(String name) throws Exception {
        try (InputStream in = DaysOffApiTest.class.getResourceAsStream("/school-calendar/" + name)) {
            return in.readAllBytes();
        }
    }

    private static void assertProblem(MvcResult result, int status) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
    }

    private static void assertDetail(MvcResult result, String detail) throws Exception {
        assertProblem(result, 400);
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(detail);
    }
}
