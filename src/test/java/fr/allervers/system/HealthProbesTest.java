package fr.allervers.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.web.servlet.MockMvc;

import fr.allervers.support.DatabaseTest;

/** What docs/operations.md tells operators to probe: health, liveness and readiness, without signing in. */
@DatabaseTest
@WithAnonymousUser
class HealthProbesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void healthLivenessAndReadinessAnswerUpAnonymously() throws Exception {
        for (String url : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            var response = mvc.perform(get(url)).andReturn().getResponse();
            assertThat(response.getStatus()).as(url).isEqualTo(200);
            assertThat(response.getContentAsString()).as(url).contains("\"status\":\"UP\"");
        }
        // That the database is part of them, shown to coordinators only: security.HealthProbeTest.
    }
}
