package fr.allervers.system;

import static fr.allervers.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import fr.allervers.security.CurrentConsortium;
import fr.allervers.support.Api;
import fr.allervers.support.DatabaseTest;
import fr.allervers.territory.PlaceRepository;
import fr.allervers.territory.StaffRepository;

/**
 * Issue #13: the years +169104628, 0001 and 9999 were accepted for plans and absences, and any whole number for
 * a commune's monthly targets. Dates are now within 2000–2100 everywhere they come in (one rule,
 * {@link DateRange}), numbers within sane ranges; each refusal is a French 400 and writes nothing.
 */
@DatabaseTest
class InputRangeProbeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CurrentConsortium consortium;
    @Autowired
    StaffRepository staff;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlaceRepository places;

    @ParameterizedTest
    @ValueSource(strings = {"+169104628-01-05", "0001-01-05", "9999-01-05"})
    void aPermanencePlanOutsideTheYearsIsRefused(String from) throws Exception {
        long before = count("permanence_plan");
        String body = "{\"territoryId\": " + Api.demoTerritoryId(mvc) + ", \"from\": \"" + from
                + "\", \"to\": \"" + from + "\", \"secondsLimit\": 1}";
        assertRefused(post("/api/permanence-plans"), body, "« from »", "hors des dates acceptées", "2000-01-01");
        assertThat(count("permanence_plan")).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+169104628-01-05", "0001-01-05", "9999-01-05"})
    void anAbsenceOutsideTheYearsIsRefused(String date) throws Exception {
        long ts1 = staff.findByConsortiumAndRef(consortium.get(), "TS-1").orElseThrow().getId();
        long before = count("staff_absence");
        String body = "{\"from\": \"2027-01-11\", \"to\": \"" + date + "\", \"reason\": \"SICK_LEAVE\"}";
        assertRefused(post("/api/staff/" + ts1 + "/absences"), body, "« to »", "hors des dates acceptées");
        assertThat(count("staff_absence")).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-05", "9999-01-05"})
    void aTemporaryPlaceOutsideTheYearsIsRefused(String date) throws Exception {
        long before = places.count();
        String body = "{\"name\": \"Place sondée\", \"kind\": \"marché\", \"lon\": 4.8866, \"lat\": 45.6976,"
                + " \"from\": \"" + date + "\"}";
        assertRefused(post("/api/places"), body, "« from »", "hors des dates acceptées");
        assertThat(places.count()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2147483647", "63"})
    void aMonthlyMaximumBeyondTwoHalfDaysADayIsRefused(String max) throws Exception {
        String body = "{\"minPerMonth\": 0, \"maxPerMonth\": " + max + ", \"minSpacingDays\": 0}";
        assertRefused(put("/api/territories/" + Api.demoTerritoryId(mvc) + "/communes/69123/targets"), body,
                "au plus 62 permanences par mois");
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private void assertRefused(MockHttpServletRequestBuilder request, String body, String... details)
            throws Exception {
        MvcResult result = mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(400);
        assertThat(json(result).get("detail").asString()).contains(details);
    }
}
