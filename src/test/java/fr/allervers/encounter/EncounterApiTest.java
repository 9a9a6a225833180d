package fr.allervers.encounter;

import static fr.allervers.support.Api.json;
import static fr.allervers.support.Api.upload;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.allervers.support.DatabaseTest;
import fr.allervers.security.CurrentConsortium;
import fr.allervers.territory.Organisation;
import fr.allervers.territory.OrganisationRepository;
import tools.jackson.databind.JsonNode;

/** Recording encounters one by one, by array and by CSV file; sending them again stores nothing twice. */
@DatabaseTest
class EncounterApiTest {

    // Around Rennes, away from the synthetic history of the class's consortium (around Vénissieux).
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String AREA = "x_l93 BETWEEN 330000 AND 370000 AND y_l93 BETWEEN 6770000 AND 6810000";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    CurrentConsortium currentConsortium;

    Organisation team;
    Instant yesterday = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void team() {
        team = organisations.findByConsortiumOrderByName(currentConsortium.get()).get(0);
    }

    @AfterEach
    void clean() {
        jdbc.update("DELETE FROM encounter WHERE " + AREA);
    }

    @Test
    void oneEncounterIsStoredWithItsCommuneLessPointAndLambert93Coordinates() throws Exception {
        MvcResult result = Encounters.post(mvc, Encounters.json(yesterday, -1.6778, 48.1173, team.getId(),
                "HOMELESS", "ORIENTED", "HOUSING", 2));
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(json(result).get("created").asInt()).isEqualTo(1);
        var row = jdbc.queryForMap("SELECT category, outcome, partner, people, x_l93, y_l93, source FROM encounter"
                + " WHERE " + AREA);
        assertThat(row.get("CATEGORY").toString()).isEqualTo("HOMELESS");
        assertThat(row.get("PARTNER").toString()).isEqualTo("HOUSING");
        assertThat(((Number) row.get("PEOPLE")).intValue()).isEqualTo(2);
        assertThat(row.get("SOURCE").toString()).isEqualTo("API");
        // Rennes town hall is near x = 351,900 m, y = 6,789,200 m in Lambert-93.
        assertThat(((Number) row.get("X_L93")).doubleValue()).isBetween(351_000.0, 353_000.0);
        assertThat(((Number) row.get("Y_L93")).doubleValue()).isBetween(6_788_000.0, 6_790_500.0);
    }

    @Test
    void anArrayIsStoredAndSendingItAgainStoresNothing() throws Exception {
        String one = Encounters.json(yesterday, -1.68, 48.11, team.getId(), "YOUNG_16_25", "INFORMED", null, 1);
        String body = "[" + one + "," + one + ","
                + Encounters.json(yesterday, -1.67, 48.12, team.getId(), "jeune", "revenu", null, 1) + "]";
        JsonNode first = json(Encounters.post(mvc, body));
        assertThat(first.get("created").asInt()).isEqualTo(3); // two identical lines are two people met
        JsonNode again = json(Encounters.post(mvc, body));
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM encounter WHERE " + AREA, Integer.class)).isEqualTo(3);
    }

    @Test
    void aSpreadsheetWithSemicolonsBomDecimalCommaAndLambert93IsImported() throws Exception {
        LocalDate day = LocalDate.now(PARIS).minusDays(30);
        String french = day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String csv = "\uFEFFdate;heure;x;y;structure;contexte;public;suite;partenaire;personnes\n"
                + french + ";10h30;351900,5;6789200,0;" + team.getName() + ";permanence;Sans-abri;Orienté;France Travail;1\n"
                + day.plusDays(1) + ";;352100;6789400;" + team.getId() + ";;primo-arrivant;informé;;3\n";
        MvcResult result = upload(mvc, "encounters", "rencontres.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(json(result).get("created").asInt()).isEqualTo(2);
        List<String> categories = jdbc.queryForList("SELECT category FROM encounter WHERE " + AREA
                + " ORDER BY met_at", String.class);
        assertThat(categories).containsExactly("HOMELESS", "NEWLY_ARRIVED");
        Instant noonParis = jdbc.queryForObject("SELECT met_at FROM encounter WHERE " + AREA
                + " AND category = 'NEWLY_ARRIVED'", java.time.OffsetDateTime.class).toInstant();
        assertThat(noonParis).isEqualTo(day.plusDays(1).atTime(12, 0).atZone(PARIS).toInstant()); // date alone: noon
        assertThat(json(upload(mvc, "encounters", "rencontres.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .get("unchanged").asInt()).isEqualTo(2);
    }

    @Test
    void aCommaSeparatedFileWithLonLatIsImported() throws Exception {
        String csv = "met_at,lon,lat,organisation_id,category,outcome,people\n"
                + yesterday + ",-1.6800,48.1100," + team.getId() + ",OTHER,SIGNED_UP,1\n";
        MvcResult result = upload(mvc, "encounters", "rencontres.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM encounter WHERE " + AREA, Integer.class)).isEqualTo(1);
    }

    @Test
    void theMonthlyCountsFollowTheEncountersRecorded() throws Exception {
        Instant lastMonth = Instant.now().minus(Duration.ofDays(35)).truncatedTo(ChronoUnit.SECONDS);
        YearMonth month = YearMonth.from(lastMonth.atZone(PARIS));
        int before = monthlyCount(month, "LEAVING_PRISON", "CAME_BACK");
        Encounters.post(mvc, "[" + Encounters.json(lastMonth, -1.68, 48.11, team.getId(), "LEAVING_PRISON",
                "CAME_BACK", null, 2) + "," + Encounters.json(lastMonth.plusSeconds(60), -1.68, 48.11, team.getId(),
                "LEAVING_PRISON", "CAME_BACK", null, 1) + "]");
        assertThat(monthlyCount(month, "LEAVING_PRISON", "CAME_BACK")).isEqualTo(before + 2);
    }

    @Test
    void anEncounterNotedByMistakeIsTakenBackWithItsShareOfTheMonth() throws Exception {
        Instant lastMonth = Instant.now().minus(Duration.ofDays(40)).truncatedTo(ChronoUnit.SECONDS);
        YearMonth month = YearMonth.from(lastMonth.atZone(PARIS));
        int before = monthlyCount(month, "NEWLY_ARRIVED", "SIGNED_UP");
        String sent = Encounters.json(lastMonth, -1.6812, 48.1103, team.getId(), "NEWLY_ARRIVED", "SIGNED_UP", null, 3);
        String other = Encounters.json(lastMonth.plusSeconds(7), -1.6812, 48.1103, team.getId(), "NEWLY_ARRIVED",
                "SIGNED_UP", null, 1);
        Encounters.post(mvc, "[" + sent + "," + other + "]");
        assertThat(monthlyCount(month, "NEWLY_ARRIVED", "SIGNED_UP")).isEqualTo(before + 2);

        MvcResult retracted = retract(sent);
        assertThat(retracted.getResponse().getStatus()).isEqualTo(200);
        assertThat(monthlyCount(month, "NEWLY_ARRIVED", "SIGNED_UP")).isEqualTo(before + 1);
        assertThat(jdbc.queryForList("SELECT people FROM encounter WHERE " + AREA, Integer.class)).containsExactly(1);

        // Once only; and the request must be one well-formed encounter.
        MvcResult again = retract(sent);
        assertThat(again.getResponse().getStatus()).isEqualTo(404);
        assertThat(fr.allervers.support.Api.json(again).get("detail").asString()).contains("déjà été annulée");
        assertThat(retract("[" + other + "]").getResponse().getStatus()).isEqualTo(400);
        assertThat(retract(other.replace("\"people\":1", "\"people\":1,\"nom\":\"X\"")).getResponse().getStatus())
                .isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM encounter WHERE " + AREA, Integer.class)).isEqualTo(1);
    }

    private MvcResult retract(String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/encounters/retractions").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content(body.getBytes(StandardCharsets.UTF_8))).andReturn();
    }

    private int monthlyCount(YearMonth month, String category, String outcome) throws Exception {
        JsonNode rows = fr.allervers.support.Api.getJson(mvc, "/api/encounters/monthly?from=" + month + "&to=" + month);
        int sum = 0;
        for (JsonNode row : rows.values()) {
            if (row.get("insee").asString().isEmpty() && row.get("category").asString().equals(category)
                    && row.get("outcome").asString().equals(outcome)) {
                sum += row.get("encounters").asInt();
            }
        }
        return sum;
    }
}
