package fr.allervers.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.security.test.context.support.WithAnonymousUser;

import fr.allervers.support.AsRole;
import fr.allervers.support.DatabaseTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Replays the health probe of issue #13: anonymous {@code /actuator/health} showed disk paths, and health and
 * readiness stayed UP after the embedded database had closed. The database indicator is now part of readiness (and,
 * for the in-process H2, of liveness), and the details are for signed-in coordinators and admins only.
 */
@DatabaseTest
class HealthProbeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Environment environment;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    @WithAnonymousUser
    void anAnonymousCallerGetsTheStatusAlone() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness"}) {
            var response = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(200);
            JsonNode body = json.readTree(response.getContentAsString());
            assertThat(body.get("status").asText()).isEqualTo("UP");
            assertThat(body.has("components")).as(path + " : " + body).isFalse();
            assertThat(response.getContentAsString()).doesNotContain("diskSpace").doesNotContain("path")
                    .doesNotContain("database");
        }
    }

    @Test
    @AsRole(Role.FUNDER)
    void aFunderGetsTheStatusAloneToo() throws Exception {
        JsonNode body = health("/actuator/health");
        assertThat(body.has("components")).as(body.toString()).isFalse();
    }

    @Test
    void aSignedInCoordinatorSeesTheDetailsAndTheDatabaseInEveryProbe() throws Exception {
        JsonNode all = health("/actuator/health");
        assertThat(all.path("components").path("db").path("status").asText()).as(all.toString()).isEqualTo("UP");
        assertThat(all.path("components").path("diskSpace").path("details").has("path")).isTrue();
        assertThat(health("/actuator/health/readiness").path("components").has("db"))
                .as("readiness fails with the database").isTrue();
        boolean postgres = java.util.Arrays.asList(environment.getActiveProfiles()).contains("postgres");
        assertThat(health("/actuator/health/liveness").path("components").has("db"))
                .as("liveness fails with the in-process H2 only").isEqualTo(!postgres);
    }

    private JsonNode health(String path) throws Exception {
        var response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return json.readTree(response.getContentAsString());
    }
}
