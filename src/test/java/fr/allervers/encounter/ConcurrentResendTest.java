package fr.allervers.encounter;

import static fr.allervers.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.allervers.security.CurrentConsortium;
import fr.allervers.security.Role;
import fr.allervers.support.DatabaseTest;
import fr.allervers.support.TestTenants;
import fr.allervers.territory.Consortium;
import fr.allervers.territory.OrganisationRepository;
import tools.jackson.databind.JsonNode;

/**
 * A phone back online resends its outbox, sometimes twice at once (a retry racing the first attempt). Idempotent
 * means every copy gets the same 200 and the encounters are stored once, however the requests interleave.
 */
@DatabaseTest
class ConcurrentResendTest {

    private static final int COPIES = 8;
    private static final int ENCOUNTERS = 20;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    CurrentConsortium currentConsortium;

    @Test
    void theSameEncountersSentEightTimesAtOnceAreStoredOnceAndEveryCopyIsAnswered200() throws Exception {
        Consortium consortium = currentConsortium.get();
        // The field account records for its own organisation only (its person TS-2 works for Association Bêta).
        long team = organisations.findNamed(consortium, "Association Bêta (démo)").orElseThrow().getId();
        Instant metAt = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
        StringJoiner body = new StringJoiner(",", "[", "]");
        for (int i = 0; i < ENCOUNTERS; i++) {
            body.add(Encounters.json(metAt.plusSeconds(i), 4.8870 + i * 1e-4, 45.6975, team, "HOMELESS", "INFORMED",
                    null, 1));
        }
        long storedBefore = stored(consortium);
        long monthBefore = monthlyTotal(consortium);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(COPIES);
        List<Future<MvcResult>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < COPIES; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(post("/api/encounters").contentType(MediaType.APPLICATION_JSON)
                            .content(body.toString().getBytes(StandardCharsets.UTF_8))
                            .with(TestTenants.basic(ConcurrentResendTest.class, Role.FIELD))).andReturn();
                }));
            }
            start.countDown();
            int created = 0;
            for (Future<MvcResult> answer : answers) {
                MvcResult result = answer.get();
                assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString())
                        .isEqualTo(200);
                JsonNode report = json(result);
                assertThat(report.get("created").asInt() + report.get("unchanged").asInt()).isEqualTo(ENCOUNTERS);
                created += report.get("created").asInt();
            }
            assertThat(created).as("stored by all copies together").isEqualTo(ENCOUNTERS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(stored(consortium) - storedBefore).isEqualTo(ENCOUNTERS);
        assertThat(monthlyTotal(consortium) - monthBefore).as("monthly counts").isEqualTo(ENCOUNTERS);
    }

    private long stored(Consortium consortium) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM encounter WHERE consortium_id = ?", Long.class,
                consortium.getId());
    }

    private long monthlyTotal(Consortium consortium) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(encounters), 0) FROM encounter_month WHERE consortium_id = ?",
                Long.class, consortium.getId());
    }
}
