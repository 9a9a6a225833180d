package fr.allervers.maraude.plan;

import static fr.allervers.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.allervers.support.Api;
import fr.allervers.support.DatabaseTest;

/**
 * Issue #13: maraude requests had no cap on visits, teams or days, and took any number for a visit. Each probe is
 * refused with a French 400 naming the limit, and no plan is stored.
 */
@DatabaseTest
class MaraudeLimitsProbeTest {

    private static final String TEAM = "{\"id\": \"t%d\", \"mode\": \"FOOT\", \"shiftStart\": \"09:00\","
            + " \"shiftEnd\": \"12:00\", \"base\": {\"lon\": 4.8866, \"lat\": 45.6976}}";
    private static final String VISIT = "{\"id\": \"v%d\", \"name\": \"Lieu %d\", \"lon\": 4.887, \"lat\": 45.698%s}";

    @Autowired
    MockMvc mvc;
    @Autowired
    MaraudePlanRepository plans;

    @Test
    void twentyOneTeamsAreRefused() throws Exception {
        String teams = IntStream.rangeClosed(1, 21).mapToObj(TEAM::formatted).collect(Collectors.joining(","));
        assertRefused(plan("\"date\": \"2030-06-04\"", teams, visit(1, "")), "au plus 20 équipes", "21 demandés",
                "allervers.maraude.max-teams");
    }

    @Test
    void fiveHundredAndOneVisitsAreRefused() throws Exception {
        String visits = IntStream.rangeClosed(1, 501).mapToObj(i -> visit(i, "")).collect(Collectors.joining(","));
        assertRefused(plan("\"date\": \"2030-06-04\"", TEAM.formatted(1), visits), "au plus 500 visites",
                "501 demandés", "allervers.maraude.max-visits");
    }

    @Test
    void twentyFourDaysAreRefused() throws Exception {
        String dates = IntStream.rangeClosed(1, 24).mapToObj(d -> "\"2030-06-%02d\"".formatted(d))
                .collect(Collectors.joining(","));
        assertRefused(plan("\"dates\": [" + dates + "]", TEAM.formatted(1), visit(1, "")), "au plus 23 jours",
                "allervers.maraude.max-days");
    }

    @ParameterizedTest
    @ValueSource(strings = {", \"serviceMinutes\": -5", ", \"serviceMinutes\": 100000", ", \"demand\": 2147483647",
            ", \"priority\": 1000000"})
    void aVisitNumberOutOfRangeIsRefused(String field) throws Exception {
        assertRefused(plan("\"date\": \"2030-06-04\"", TEAM.formatted(1), visit(1, field)), "visite 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-06-04", "9999-06-04", "+169104628-06-04"})
    void aYearOutsideTwoThousandToTwentyOneHundredIsRefused(String date) throws Exception {
        assertRefused(plan("\"date\": \"" + date + "\"", TEAM.formatted(1), visit(1, "")), "hors des dates acceptées",
                "2000-01-01", "2100-12-31");
    }

    private String plan(String dates, String teams, String visits) throws Exception {
        return "{\"territoryId\": " + Api.demoTerritoryId(mvc) + ", " + dates + ", \"secondsLimit\": 1, \"teams\": ["
                + teams + "], \"visits\": [" + visits + "]}";
    }

    private static String visit(int i, String extra) {
        return VISIT.formatted(i, i, extra);
    }

    private void assertRefused(String body, String... details) throws Exception {
        long before = plans.count();
        MvcResult result = mvc.perform(post("/api/maraude-plans").contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(400);
        assertThat(json(result).get("detail").asString()).contains(details);
        assertThat(plans.count()).isEqualTo(before);
    }
}
