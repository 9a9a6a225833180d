package fr.allervers.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.allervers.support.Api;
import fr.allervers.support.DatabaseTest;
import fr.allervers.support.TestTenants;
import fr.allervers.territory.OrganisationRepository;
import tools.jackson.databind.JsonNode;

/**
 * Security probe (issue #13): imports, account changes, publications and CSV/ICS exports were not in the audit
 * trail although the README says exports are. Replayed here: each of them, made by the role that may, shows in
 * {@code GET /api/audit} with who and what — and an encounter import's record holds counts, not a line of the file.
 */
@DatabaseTest
class AuditTrailProbeTest {

    private static final String BASE = "/api/permanence-plans";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private UserDetailsService accounts;
    @Autowired
    private OrganisationRepository organisations;
    @Autowired
    private CurrentConsortium currentConsortium;

    @Test
    void importsAccountChangesPublicationsAndExportsAreAudited() throws Exception {
        String coordinator = TestTenants.username(getClass(), Role.COORDINATOR);
        String admin = TestTenants.username(getClass(), Role.ADMIN);
        String field = TestTenants.username(getClass(), Role.FIELD);
        String funder = TestTenants.username(getClass(), Role.FUNDER);

        // Imports: a places file by the coordinator, an encounters file by the field.
        MvcResult places = Api.upload(mvc, as(Role.COORDINATOR), "places", "lieux.csv",
                "ref;nom;type;lon;lat\nAUDIT-1;Place de l'audit;place publique;4,8539;45,7094\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(places.getResponse().getStatus()).as(places.getResponse().getContentAsString()).isEqualTo(200);
        long own = organisations.findNamed(currentConsortium.get(), "Association Bêta (démo)").orElseThrow().getId();
        String metAt = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS).toString();
        MvcResult encounters = Api.upload(mvc, as(Role.FIELD), "encounters", "rencontres.csv",
                ("met_at,lon,lat,organisation_id,category,outcome,people\n" + metAt + ",4.88712,45.69753," + own
                        + ",HOMELESS,INFORMED,3\n").getBytes(StandardCharsets.UTF_8));
        assertThat(encounters.getResponse().getStatus()).as(encounters.getResponse().getContentAsString())
                .isEqualTo(200);

        // Account changes by the admin.
        MvcResult created = mvc.perform(post("/api/users").with(as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"nouveau\",\"password\":\"" + TestTenants.PASSWORD
                        + "\",\"role\":\"FIELD\",\"organisation\":\"Association Bêta (démo)\"}")).andReturn();
        assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString()).isEqualTo(201);
        long account = Api.json(created).get("id").asLong();
        String newAccount = Api.json(created).get("username").asString();
        assertThat(status(put("/api/users/" + account + "/enabled").with(as(Role.ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":false}"))).isEqualTo(200);
        assertThat(status(post("/api/users/" + account + "/password-reset").with(as(Role.ADMIN)))).isEqualTo(200);

        // A plan published, exported, withdrawn; the field's refused download of the draft is no export.
        long territory = Api.demoTerritoryId(mvc);
        LocalDate monday = LocalDate.now().plusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        MvcResult launched = mvc.perform(post(BASE).contentType(MediaType.APPLICATION_JSON).content("{\"territoryId\":"
                + territory + ",\"from\":\"" + monday + "\",\"to\":\"" + monday.plusDays(4) + "\",\"secondsLimit\":1}"))
                .andReturn();
        long id = Api.json(launched).get("id").asLong();
        JsonNode plan = Api.waitUntilDone(mvc, BASE + "/" + id);
        long van = plan.get("permanences").valueStream().filter(p -> !p.get("vanId").isNull()).findFirst()
                .orElseThrow().get("vanId").asLong();
        long person = plan.get("permanences").get(0).get("staff").get(0).get("id").asLong();
        assertThat(status(get(BASE + "/" + id + "/export.csv").with(as(Role.FIELD)))).isEqualTo(403);
        assertThat(status(put(BASE + "/" + id + "/publication"))).isEqualTo(200);
        assertThat(status(get(BASE + "/" + id + "/export.csv"))).isEqualTo(200);
        assertThat(status(get(BASE + "/" + id + "/calendar/vans/" + van + ".ics").with(as(Role.FIELD)))).isEqualTo(200);
        assertThat(status(get(BASE + "/" + id + "/calendar/staff/" + person + ".ics"))).isEqualTo(200);
        assertThat(status(delete(BASE + "/" + id + "/publication"))).isEqualTo(200);
        String month = YearMonth.from(monday).toString();
        assertThat(status(get("/api/coverage/export.csv?territoryId=" + territory + "&month=" + month)
                .with(as(Role.FUNDER)))).isEqualTo(200);
        assertThat(status(get("/api/coverage/funnel.csv?territoryId=" + territory).with(as(Role.FUNDER))))
                .isEqualTo(200);

        assertThat(status(get("/api/audit").with(as(Role.FIELD)))).isEqualTo(403);
        List<JsonNode> audit = Api.json(mvc.perform(get("/api/audit?limit=1000")).andReturn()).valueStream().toList();
        String planName = "plan de permanences n° " + id + " (territoire « Portes du Sud (démo) », " + monday + " – "
                + monday.plusDays(4) + ")";
        assertRecorded(audit, coordinator, "IMPORT", "import places (");
        assertRecorded(audit, coordinator, "IMPORT", "1 créé(s), 0 modifié(s)");
        JsonNode encounterImport = assertRecorded(audit, field, "IMPORT", "import encounters (");
        assertThat(encounterImport.get("resource").asString()).contains("1 créé(s)").doesNotContain("4.887")
                .doesNotContain("45.69").doesNotContain(metAt.substring(0, 10)).doesNotContain("HOMELESS");
        assertRecorded(audit, admin, "ACCOUNT_CREATED", "compte « " + newAccount + " » (FIELD)");
        assertRecorded(audit, admin, "ACCOUNT_DISABLED", "compte « " + newAccount + " »");
        assertRecorded(audit, admin, "PASSWORD_RESET", "compte « " + newAccount + " »");
        assertRecorded(audit, coordinator, "PLAN_PUBLISHED", planName);
        assertRecorded(audit, coordinator, "PLAN_WITHDRAWN", planName);
        assertRecorded(audit, coordinator, "EXPORT", BASE + "/" + id + "/export.csv");
        assertRecorded(audit, field, "EXPORT", BASE + "/" + id + "/calendar/vans/" + van + ".ics");
        assertRecorded(audit, coordinator, "EXPORT", BASE + "/" + id + "/calendar/staff/" + person + ".ics");
        assertRecorded(audit, funder, "EXPORT", "/api/coverage/export.csv?territoryId=" + territory + "&month="
                + month);
        assertRecorded(audit, funder, "EXPORT", "/api/coverage/funnel.csv?territoryId=" + territory + "&from=");
        assertThat(audit).as("a refused download is no export").noneMatch(e -> e.get("username").asString()
                .equals(field) && e.get("resource").asString().endsWith("/export.csv"));
    }

    private static JsonNode assertRecorded(List<JsonNode> audit, String username, String action, String resource) {
        return audit.stream().filter(e -> e.get("username").asString().equals(username)
                        && e.get("action").asString().equals(action) && e.get("resource").asString().contains(resource))
                .findFirst().orElseThrow(() -> new AssertionError(action + " by " + username + " on « " + resource
                        + " » not in the audit trail: " + audit));
    }

    private int status(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private RequestPostProcessor as(Role role) {
        return user(accounts.loadUserByUsername(TestTenants.username(getClass(), role)));
    }
}
