package fr.allervers.coverage;

import fr.allervers.support.AsRole;
import fr.allervers.security.Role;

import static fr.allervers.support.Api.getJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import fr.allervers.encounter.EncounterCategory;
import fr.allervers.encounter.EncounterContext;
import fr.allervers.encounter.EncounterDraft;
import fr.allervers.encounter.EncounterOutcome;
import fr.allervers.encounter.EncounterSource;
import fr.allervers.encounter.EncounterStore;
import fr.allervers.encounter.PartnerKind;
import fr.allervers.geo.Geometries;
import fr.allervers.support.Api;
import fr.allervers.support.DatabaseTest;
import fr.allervers.security.CurrentConsortium;
import fr.allervers.territory.OrganisationRepository;
import tools.jackson.databind.JsonNode;

/**
 * The funders' funnel: people met per month on the territory's communes, by outcome and by public, each figure
 * the total of the blocks of at least k encounters it holds; the same as a spreadsheet.
 */
@DatabaseTest
class EncounterFunnelApiTest {

    /**
     * A month the synthetic history of the class's consortium (last 12 months) leaves empty, within the 24-month
     * retention, so that the counts are exactly this test's.
     */
    private static final YearMonth MONTH = YearMonth.now(ZoneId.of("Europe/Paris")).minusMonths(19);

    @Autowired
    MockMvc mvc;
    @Autowired
    EncounterStore store;
    @Autowired
    CurrentConsortium currentConsortium;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clean() {
        jdbc.update("DELETE FROM encounter_month WHERE month_start = ?", MONTH.atDay(1));
        jdbc.update("DELETE FROM encounter WHERE met_at >= ? AND met_at < ?",
                MONTH.atDay(1).atStartOfDay(ZoneId.of("UTC")).toOffsetDateTime(),
                MONTH.plusMonths(1).atDay(1).atStartOfDay(ZoneId.of("UTC")).toOffsetDateTime());
    }

    @Test
    @AsRole(Role.FUNDER)
    void countsPeopleOfTheTerritoryInBlocksOfAtLeastKEncounters() throws Exception {
        // Vénissieux: 12 young informed and 7 homeless oriented (blocks of k or more), 3 young and 2 homeless who came
        // back (5 together: shown as came back, public not broken down), 1 signed up (counted nowhere). Lyon,
        // outside the territory, counts nowhere either.
        List<EncounterDraft> drafts = new ArrayList<>();
        add(drafts, 12, EncounterCategory.YOUNG_16_25, EncounterOutcome.INFORMED, 4.8880, 45.7050);
        add(drafts, 7, EncounterCategory.HOMELESS, EncounterOutcome.ORIENTED, 4.8880, 45.7050);
        add(drafts, 3, EncounterCategory.YOUNG_16_25, EncounterOutcome.CAME_BACK, 4.8880, 45.7050);
        add(drafts, 2, EncounterCategory.HOMELESS, EncounterOutcome.CAME_BACK, 4.8880, 45.7050);
        add(drafts, 1, EncounterCategory.YOUNG_16_25, EncounterOutcome.SIGNED_UP, 4.8880, 45.7050);
        add(drafts, 9, EncounterCategory.HOMELESS, EncounterOutcome.INFORMED, 4.8350, 45.7640);
        store.save(drafts, currentConsortium.get(), EncounterSource.API);

        JsonNode funnel = getJson(mvc, "/api/coverage/funnel?territoryId=" + Api.demoTerritoryId(mvc) + "&from="
                + MONTH + "&to=" + MONTH);
        assertThat(funnel.get("k").asInt()).isEqualTo(5);
        JsonNode byOutcome = funnel.get("byOutcome");
        assertThat(byOutcome.get("columns").valueStream().map(c -> c.get("code").asString()))
                .containsExactly("INFORMED", "ORIENTED", "CAME_BACK", "SIGNED_UP", "UNSPLIT");
        JsonNode row = byOutcome.get("rows").get(0);
        assertThat(row.get("month").asString()).isEqualTo(MONTH.toString());
        assertThat(row.get("values").valueStream().map(JsonNode::asInt)).containsExactly(12, 7, 5, 0, 0);
        assertThat(row.get("total").asInt()).as("the total of the blocks shown, not of the 25 met").isEqualTo(24);
        // The one who signed up is counted nowhere: the month's 0s say that fewer than k per commune may hide there.
        assertThat(row.get("hiddenBecause").valueStream().map(r -> r.isNull() ? null : r.asString()))
                .containsExactly(null, null, null, "SMALL", "SMALL");
        assertThat(byOutcome.get("columnTotals").valueStream().map(JsonNode::asInt)).containsExactly(12, 7, 5, 0, 0);
        assertThat(byOutcome.get("total").asInt()).isEqualTo(24);

        JsonNode byCategory = funnel.get("byCategory");
        assertThat(byCategory.get("columns").valueStream().map(c -> c.get("code").asString()))
                .containsExactly("YOUNG_16_25", "HOMELESS", "LEAVING_PRISON", "NEWLY_ARRIVED", "OTHER", "UNSPLIT");
        assertThat(byCategory.get("rows").get(0).get("values").valueStream().map(JsonNode::asInt))
                .containsExactly(12, 7, 0, 0, 0, 5);
        assertThat(byCategory.get("rows").get(0).get("total").asInt()).isEqualTo(24);
        assertThat(byCategory.get("rows").get(0).get("hiddenBecause").valueStream()
                .map(r -> r.isNull() ? null : r.asString())).containsExactly(null, null, "SMALL", "SMALL", "SMALL", null);

        var csv = mvc.perform(get("/api/coverage/funnel.csv?territoryId=" + Api.demoTerritoryId(mvc) + "&from="
                + MONTH + "&to=" + MONTH)).andReturn().getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        String text = csv.getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").contains(";12;7;5;< 5 rencontres par commune;< 5 rencontres par commune;24\r\n")
                .contains(";12;7;< 5 rencontres par commune;< 5 rencontres par commune;< 5 rencontres par commune;5;24\r\n")
                .contains("suite non ventilée;Total des cases publiées").contains("total des cases publiées")
                .contains("au moins 5 rencontres").contains("Contacts (personnes rencontrées)")
                .contains("« < 5 rencontres par commune » : rien n'est publié dans cette case")
                .contains("Aucune case n'est masquée pour en protéger une autre");
    }

    @Test
    void refusesAnUnreadableOrTooLongPeriodAndAnUnknownTerritory() throws Exception {
        long territory = Api.demoTerritoryId(mvc);
        assertThat(detail("/api/coverage/funnel?territoryId=" + territory + "&from=mars")).contains("mois illisible");
        assertThat(detail("/api/coverage/funnel?territoryId=" + territory + "&from=2026-05&to=2026-01"))
                .contains("période vide");
        assertThat(detail("/api/coverage/funnel?territoryId=" + territory + "&from=2020-01&to=2026-01"))
                .contains("36 mois");
        assertThat(mvc.perform(get("/api/coverage/funnel?territoryId=999999")).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void theMonthsCoverageIsASpreadsheetToo() throws Exception {
        long territory = Api.demoTerritoryId(mvc);
        JsonNode coverage = getJson(mvc, "/api/coverage?territoryId=" + territory + "&month=2026-03");
        String text = mvc.perform(get("/api/coverage/export.csv?territoryId=" + territory + "&month=2026-03"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).contains("mars 2026").contains("Commune;Code INSEE;Permanences tenues");
        for (JsonNode c : coverage.get("communes")) {
            assertThat(text).contains(c.get("name").asString() + ";" + c.get("insee").asString() + ";"
                    + c.get("held").asInt() + ";" + c.get("planned").asInt() + ";" + c.get("target").asInt() + ";");
        }
    }

    private String detail(String url) throws Exception {
        var result = mvc.perform(get(url)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(400);
        return Api.json(result).get("detail").asString();
    }

    private void add(List<EncounterDraft> drafts, int people, EncounterCategory category, EncounterOutcome outcome,
            double lon, double lat) {
        String organisation = organisations.findByConsortiumOrderByName(currentConsortium.get()).get(0).getId()
                .toString();
        for (int i = 0; i < people; i++) {
            drafts.add(new EncounterDraft(drafts.size() + 1,
                    MONTH.atDay(10).atTime(10, i).atZone(ZoneId.of("Europe/Paris")).toInstant(),
                    Geometries.point(lon + i * 1e-4, lat), organisation, EncounterContext.PERMANENCE, null, category,
                    outcome, outcome == EncounterOutcome.ORIENTED ? PartnerKind.HOUSING : null, 1));
        }
    }
}
