package fr.allervers.encounter;

import static fr.allervers.support.Api.json;
import static fr.allervers.support.Api.upload;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.allervers.support.DatabaseTest;
import fr.allervers.security.CurrentConsortium;
import fr.allervers.territory.OrganisationRepository;
import tools.jackson.databind.JsonNode;

/**
 * Every bad encounter, sent as JSON or in a CSV file, gets a 400 problem body naming the record and the reason,
 * and nothing of the request is written, not even its good records.
 */
@DatabaseTest
class EncounterRejectionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    CurrentConsortium currentConsortium;

    long team;
    Instant yesterday = Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void team() {
        team = organisations.findByConsortiumOrderByName(currentConsortium.get()).get(0).getId();
    }

    private String good() {
        return Encounters.json(yesterday, -1.68, 48.11, team, "HOMELESS", "INFORMED", null, 1);
    }

    @Test
    void unknownCategory() throws Exception {
        JsonNode problem = rejectedJson("[" + good() + ","
                + Encounters.json(yesterday, -1.68, 48.11, team, "TOURIST", "INFORMED", null, 1) + "]");
        assertThat(problem.get("feature").asInt()).isEqualTo(2);
        assertThat(problem.get("reason").asString()).contains("public inconnu").contains("TOURIST");
        assertThat(rejectedCsv(csvLine("touriste", "informé", "", "1")).get("reason").asString())
                .contains("public inconnu");
    }

    @Test
    void zeroPeopleOrTooMany() throws Exception {
        assertThat(rejectedJson(Encounters.json(yesterday, -1.68, 48.11, team, "HOMELESS", "INFORMED", null, 0))
                .get("reason").asString()).contains("nombre de personnes hors limites : 0");
        assertThat(rejectedCsv(csvLine("sdf", "informé", "", "0")).get("reason").asString())
                .contains("hors limites");
        assertThat(rejectedCsv(csvLine("sdf", "informé", "", "51")).get("reason").asString())
                .contains("hors limites");
        assertThat(rejectedCsv(csvLine("sdf", "informé", "", "1,5")).get("reason").asString())
                .contains("illisible");
    }

    @Test
    void pointOutsideFrance() throws Exception {
        // Swapped axes: latitude 48 as longitude lands in the Indian Ocean.
        assertThat(rejectedJson(Encounters.json(yesterday, 48.11, -1.68, team, "HOMELESS", "INFORMED", null, 1))
                .get("reason").asString()).contains("hors de France");
        String csv = "date;lon;lat;structure;public;suite;personnes\n" + yesterday + ";48,11;-1,68;" + team
                + ";sdf;informé;1\n";
        assertThat(rejectedCsvFile(csv).get("reason").asString()).contains("hors de France");
    }

    @Test
    void missingDate() throws Exception {
        String noDate = good().replaceFirst("\"metAt\":\"[^\"]*\",", "");
        assertThat(rejectedJson(noDate).get("reason").asString()).contains("date de la rencontre");
        String csv = "date;lon;lat;structure;public;suite;personnes\n;-1,68;48,11;" + team + ";sdf;informé;1\n";
        assertThat(rejectedCsvFile(csv).get("reason").asString()).contains("date de la rencontre");
    }

    @Test
    void futureDate() throws Exception {
        Instant nextWeek = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS);
        assertThat(rejectedJson(Encounters.json(nextWeek, -1.68, 48.11, team, "HOMELESS", "INFORMED", null, 1))
                .get("reason").asString()).contains("futur");
        String csv = "date;lon;lat;structure;public;suite;personnes\n31/12/2999;-1,68;48,11;" + team
                + ";sdf;informé;1\n";
        assertThat(rejectedCsvFile(csv).get("reason").asString()).contains("futur");
    }

    @Test
    void olderThanTheRetentionPeriod() throws Exception {
        Instant longAgo = Instant.now().minus(Duration.ofDays(800)).truncatedTo(ChronoUnit.SECONDS);
        assertThat(rejectedJson(Encounters.json(longAgo, -1.68, 48.11, team, "HOMELESS", "INFORMED", null, 1))
                .get("reason").asString()).contains("conservation");
    }

    @Test
    void malformedInput() throws Exception {
        assertThat(rejectedJson("[" + good() + ",").get("detail").asString()).contains("JSON mal formé");
        assertThat(rejectedJson("42").get("detail").asString()).contains("objet JSON");
        assertThat(rejectedJson("[]").get("detail").asString()).contains("aucune rencontre");
        assertThat(rejectedJson("[" + good() + ",\"texte\"]").get("feature").asInt()).isEqualTo(2);
        assertThat(rejectedJson(good().replace("\"metAt\":\"", "\"metAt\":\"hier "))
                .get("reason").asString()).contains("date illisible");
        assertThat(rejectedJson(good().replace("\"lon\":", "\"lon\":\"est\",\"x\":")).get("reason").asString())
                .contains("coordonnée illisible");
        String ragged = "date;lon;lat;structure;public;suite;personnes\n" + yesterday + ";-1,68;48,11;" + team
                + ";sdf\n";
        assertThat(rejectedCsvFile(ragged).get("detail").asString()).contains("colonnes");
    }

    @Test
    void orientationNeedsItsPartnerAndOnlyIt() throws Exception {
        assertThat(rejectedJson(Encounters.json(yesterday, -1.68, 48.11, team, "HOMELESS", "ORIENTED", null, 1))
                .get("reason").asString()).contains("partenaire manquant");
        assertThat(rejectedJson(Encounters.json(yesterday, -1.68, 48.11, team, "HOMELESS", "INFORMED", "CCAS", 1))
                .get("reason").asString()).contains("seule une orientation");
        assertThat(rejectedJson(Encounters.json(yesterday, -1.68, 48.11, team, "HOMELESS", "ORIENTED", "BANK", 1))
                .get("reason").asString()).contains("partenaire inconnu");
    }

    @Test
    void identifyingOrUnknownFieldsAreRefused() throws Exception {
        assertThat(rejectedJson(good().replace("{", "{\"nom\":\"Dupont\",")).get("reason").asString())
                .contains("aucune donnée permettant d'identifier");
        String csv = "date;lon;lat;structure;public;suite;personnes;commentaire\n" + yesterday + ";-1,68;48,11;"
                + team + ";sdf;informé;1;vu devant la gare\n";
        assertThat(rejectedCsvFile(csv).get("reason").asString()).contains("commentaire");
        assertThat(rejectedJson(good().replace("{", "{\"couleur\":\"bleu\",")).get("reason").asString())
                .contains("champ inconnu");
    }

    @Test
    void anOrganisationOfNoMemberIsRefused() throws Exception {
        JsonNode problem = rejectedJson(Encounters.json(yesterday, -1.68, 48.11, 987_654, "HOMELESS", "INFORMED",
                null, 1));
        assertThat(problem.get("reason").asString()).contains("structure inconnue");
    }

    private String csvLine(String category, String outcome, String partner, String people) {
        return "date;lon;lat;structure;public;suite;partenaire;personnes\n"
                + yesterday + ";-1,68;48,11;" + team + ";sdf;informé;;1\n"
                + yesterday + ";-1,67;48,12;" + team + ";" + category + ";" + outcome + ";" + partner + ";" + people
                + "\n";
    }

    private JsonNode rejectedJson(String body) throws Exception {
        int before = count();
        MvcResult result = Encounters.post(mvc, body);
        return rejected(result, before);
    }

    /** A two-line file whose second line is bad: the problem names line 2 and the first line is not written. */
    private JsonNode rejectedCsv(String csv) throws Exception {
        JsonNode problem = rejectedCsvFile(csv);
        assertThat(problem.get("feature").asInt()).isEqualTo(2);
        return problem;
    }

    private JsonNode rejectedCsvFile(String csv) throws Exception {
        int before = count();
        return rejected(upload(mvc, "encounters", "rencontres.csv", csv.getBytes(StandardCharsets.UTF_8)), before);
    }

    private JsonNode rejected(MvcResult result, int before) throws Exception {
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(400);
        assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(count()).as("nothing written").isEqualTo(before);
        return json(result);
    }

    private int count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM encounter", Integer.class);
    }
}
