package fr.allervers.encounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import fr.allervers.security.CurrentConsortium;
import fr.allervers.security.Role;
import fr.allervers.support.Api;
import fr.allervers.support.DatabaseTest;
import fr.allervers.support.TestTenants;
import fr.allervers.territory.Organisation;
import fr.allervers.territory.OrganisationRepository;
import tools.jackson.databind.JsonNode;

/**
 * Security probe (issue #13): a field account recorded encounters for another member organisation and took back a
 * colleague's. Replayed here as {@code terrain} (TS-2, Association Bêta): another organisation's encounter, alone,
 * in a batch or in a CSV file, and the retraction of a colleague's are refused with a French 403 and write nothing;
 * its own organisation's go through; coordinators keep recording for any organisation of the consortium.
 */
@DatabaseTest
class EncounterOrganisationProbeTest {

    private static final double LON = 4.8870;
    private static final double LAT = 45.6975;

    @Autowired
    private MockMvc mvc;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private OrganisationRepository organisations;
    @Autowired
    private CurrentConsortium currentConsortium;
    @Autowired
    private UserDetailsService accounts;

    @Test
    void aFieldAccountRecordsAndRetractsItsOwnOrganisationsEncountersOnly() throws Exception {
        Organisation own = organisation("Association Bêta (démo)");
        Organisation other = organisation("Association Alpha (démo)");
        JsonNode me = Api.json(mvc.perform(get("/api/me").with(as(Role.FIELD))).andReturn());
        assertThat(me.get("organisationId").asLong()).isEqualTo(own.getId());
        Instant metAt = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
        long before = stored();

        String others = Encounters.json(metAt, LON, LAT, other.getId(), "HOMELESS", "INFORMED", null, 2);
        String mine = Encounters.json(metAt.plusSeconds(1), LON, LAT, own.getId(), "HOMELESS", "INFORMED", null, 1);
        refused(send("/api/encounters", others, as(Role.FIELD)), 1, "Association Alpha (démo)");
        refused(send("/api/encounters", "[" + mine + "," + others + "]", as(Role.FIELD)), 2,
                "Association Alpha (démo)");
        String csv = "met_at,lon,lat,organisation_id,category,outcome,people\n" + metAt + "," + LON + "," + LAT + ","
                + own.getId() + ",OTHER,SIGNED_UP,1\n" + metAt + "," + LON + "," + LAT + "," + other.getName()
                + ",OTHER,SIGNED_UP,1\n";
        refused(Api.upload(mvc, as(Role.FIELD), "encounters", "rencontres.csv", csv.getBytes(StandardCharsets.UTF_8)),
                2, "Association Alpha (démo)");
        assertThat(stored()).as("nothing written").isEqualTo(before);

        // A colleague of the other organisation's encounter, recorded by the coordination, stays theirs.
        assertThat(send("/api/encounters", others, as(Role.COORDINATOR)).getResponse().getStatus()).isEqualTo(200);
        refused(send("/api/encounters/retractions", others, as(Role.FIELD)), 1, "Association Alpha (démo)");
        assertThat(stored()).isEqualTo(before + 1);

        // Its own organisation's: recorded and taken back.
        MvcResult recorded = send("/api/encounters", mine, as(Role.FIELD));
        assertThat(recorded.getResponse().getStatus()).isEqualTo(200);
        assertThat(Api.json(recorded).get("created").asInt()).isEqualTo(1);
        assertThat(send("/api/encounters/retractions", mine, as(Role.FIELD)).getResponse().getStatus())
                .isEqualTo(200);
        assertThat(stored()).isEqualTo(before + 1);

        // The coordination takes back any organisation's.
        assertThat(send("/api/encounters/retractions", others, as(Role.COORDINATOR)).getResponse().getStatus())
                .isEqualTo(200);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aFieldAccountWithoutOrganisationRecordsNothing() throws Exception {
        MvcResult created = mvc.perform(post("/api/users").with(as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"sans-structure\",\"password\":\"" + TestTenants.PASSWORD
                        + "\",\"role\":\"FIELD\"}")).andReturn();
        assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString()).isEqualTo(201);
        String username = Api.json(created).get("username").asString();
        RequestPostProcessor orphan = user(accounts.loadUserByUsername(username));
        assertThat(Api.json(mvc.perform(get("/api/me").with(orphan)).andReturn()).get("organisationId").isNull())
                .isTrue();
        long before = stored();
        MvcResult result = send("/api/encounters", Encounters.json(Instant.now().minus(Duration.ofHours(1))
                .truncatedTo(ChronoUnit.SECONDS), LON, LAT, organisation("Association Bêta (démo)").getId(),
                "HOMELESS", "INFORMED", null, 1), orphan);
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(Api.json(result).get("detail").asString()).contains("n'est rattaché à aucune structure membre");
        assertThat(stored()).isEqualTo(before);
    }

    private static void refused(MvcResult result, int feature, String organisation) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(403);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        JsonNode problem = Api.json(result);
        assertThat(problem.get("feature").asInt()).isEqualTo(feature);
        assertThat(problem.get("detail").asString()).contains("rencontre n° " + feature)
                .contains("la structure « " + organisation + " » n'est pas la vôtre")
                .contains("« Association Bêta (démo) »");
    }

    private MvcResult send(String url, String body, RequestPostProcessor who) throws Exception {
        return mvc.perform(post(url).with(who).contentType(MediaType.APPLICATION_JSON)
                .content(body.getBytes(StandardCharsets.UTF_8))).andReturn();
    }

    private long stored() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM encounter WHERE consortium_id = ?", Long.class,
                currentConsortium.get().getId());
    }

    private Organisation organisation(String name) {
        return organisations.findNamed(currentConsortium.get(), name).orElseThrow();
    }

    private RequestPostProcessor as(Role role) {
        return user(accounts.loadUserByUsername(TestTenants.username(getClass(), role)));
    }
}
