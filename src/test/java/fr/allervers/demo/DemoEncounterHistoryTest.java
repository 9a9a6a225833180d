package fr.allervers.demo;

import static fr.allervers.support.Api.getJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import fr.allervers.support.DatabaseTest;
import fr.allervers.security.CurrentConsortium;
import tools.jackson.databind.JsonNode;

/** The demo territory starts with a synthetic history that the heatmap shows, loaded once. */
@DatabaseTest
class DemoEncounterHistoryTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoEncounterLoader loader;
    @Autowired
    CurrentConsortium currentConsortium;

    @Test
    void theHistoryIsLoadedOnceWithAPlausibleFunnel() throws Exception {
        long consortium = currentConsortium.get().getId();
        assertThat(demoCount(consortium)).isEqualTo(DemoEncounterLoader.ENCOUNTERS);
        loader.run(null);
        assertThat(demoCount(consortium)).isEqualTo(DemoEncounterLoader.ENCOUNTERS);

        Map<String, Integer> outcomes = jdbc.queryForList("SELECT outcome, COUNT(*) AS n FROM encounter WHERE"
                + " consortium_id = ? AND source = 'DEMO' GROUP BY outcome", consortium).stream()
                .collect(Collectors.toMap(row -> row.get("outcome").toString(), row -> ((Number) row.get("n")).intValue()));
        assertThat(outcomes.get("INFORMED")).isGreaterThan(outcomes.get("ORIENTED"));
        assertThat(outcomes.get("ORIENTED")).isGreaterThan(outcomes.get("SIGNED_UP"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM encounter WHERE consortium_id = ? AND source = 'DEMO'"
                + " AND commune_insee IS NULL", Integer.class, consortium)).isLessThan(DemoEncounterLoader.ENCOUNTERS / 10);
    }

    @Test
    void theHeatmapShowsTheDemoHistoryWithSmallCellsSuppressed() throws Exception {
        JsonNode cells = getJson(mvc, "/api/heatmap?bbox=4.80,45.62,4.95,45.74&cell=500").get("features");
        assertThat(cells.size()).isGreaterThan(5);
        cells.values().forEach(cell -> assertThat(cell.get("properties").get("count").asInt()).isGreaterThanOrEqualTo(5));
    }

    private int demoCount(long consortium) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM encounter WHERE consortium_id = ? AND source = 'DEMO'",
                Integer.class, consortium);
    }
}
