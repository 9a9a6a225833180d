package fr.allervers.permanence.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.security.Role;
import fr.allervers.support.Api;
import fr.allervers.support.DatabaseTest;
import fr.allervers.support.TestTenants;

/**
 * Security probe (issue #13): a lone carriage return in a name was not escaped in ICS text, so a calendar app could
 * read what follows it as a property of its own (here an alarm). Replayed with that name on a plan's places, the
 * commune and the person (written straight to the database, as a hostile import would leave them; rolled back after
 * the test): the van calendar, the person's calendar and their subscription keep every line break escaped and drop
 * the other control characters.
 */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IcsControlCharacterProbeTest {

    /** No NUL: PostgreSQL text cannot hold one, so it never reaches a calendar (IcsCalendarTest covers it anyway). */
    private static final String HOSTILE = "Parking\rBEGIN:VALARM\rACTION:DISPLAY\u0001\u000B\u001B[2J\u007F\r\nfin";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private JdbcTemplate jdbc;

    private long planId;

    @BeforeAll
    void solveAPlan() throws Exception {
        var coordinator = TestTenants.basic(IcsControlCharacterProbeTest.class, Role.COORDINATOR);
        LocalDate monday = LocalDate.now().plusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        planId = Api.solvedWeekPlan(mvc, coordinator, Api.demoTerritoryId(mvc, coordinator), monday);
    }

    @Test
    @Transactional
    void controlCharactersInNamesCannotStartAPropertyOfTheirOwn() throws Exception {
        // Written before anything is read in this transaction, so that no entity loaded earlier hides the change.
        long van = jdbc.queryForObject("SELECT MIN(van_id) FROM plan_permanence WHERE plan_id = ?", Long.class,
                planId);
        long person = jdbc.queryForObject("SELECT MIN(s.staff_id) FROM plan_permanence_staff s JOIN plan_permanence p"
                + " ON p.id = s.permanence_id WHERE p.plan_id = ?", Long.class, planId);
        jdbc.update("UPDATE place SET name = ? WHERE id IN (SELECT place_id FROM plan_permanence WHERE plan_id = ?)",
                HOSTILE, planId);
        jdbc.update("UPDATE commune SET name = ? WHERE insee IN (SELECT pl.commune_insee FROM place pl JOIN"
                + " plan_permanence p ON p.place_id = pl.id WHERE p.plan_id = ?)", HOSTILE, planId);
        jdbc.update("UPDATE staff SET label = ? WHERE id = ?", HOSTILE, person);

        String base = "/api/permanence-plans/" + planId;
        String vanCalendar = ics(base + "/calendar/vans/" + van + ".ics");
        String personCalendar = ics(base + "/calendar/staff/" + person + ".ics");
        assertThat(mvc.perform(put(base + "/publication")).andReturn().getResponse().getStatus()).isEqualTo(200);
        String feedUrl = Api.json(mvc.perform(put("/api/staff/" + person + "/calendar-feed")).andReturn()).get("url")
                .asString();
        String subscription = ics(URI.create(feedUrl).getPath());

        for (String calendar : List.of(vanCalendar, personCalendar, subscription)) {
            List<String> lines = IcsAssertions.assertWellFormed(calendar); // CRLF only, no bare CR or LF
            assertThat(lines).noneMatch(line -> line.startsWith("BEGIN:VALARM") || line.startsWith("ACTION:"));
            assertThat(lines).allSatisfy(line -> assertThat(line.chars().filter(c -> c < 0x20 || c == 0x7F))
                    .as(line).isEmpty());
            assertThat(lines).filteredOn(line -> line.startsWith("LOCATION:")).isNotEmpty()
                    .allSatisfy(line -> assertThat(line).isEqualTo("LOCATION:Parking\\nBEGIN:VALARM\\nACTION:DISPLAY"
                            + "[2J\\nfin\\, Parking\\nBEGIN:VALARM\\nACTION:DISPLAY[2J\\nfin"));
        }
        assertThat(IcsAssertions.assertWellFormed(personCalendar))
                .contains("X-WR-CALNAME:Permanences — Parking\\nBEGIN:VALARM\\nACTION:DISPLAY[2J\\nfin");
    }

    private String ics(String url) throws Exception {
        return Api.download(mvc, url, "text/calendar").getContentAsString(StandardCharsets.UTF_8);
    }
}
