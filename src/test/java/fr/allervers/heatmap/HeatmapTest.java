package fr.allervers.heatmap;

import fr.allervers.support.AsRole;
import fr.allervers.security.Role;

import static fr.allervers.support.Api.getJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import fr.allervers.encounter.EncounterCategory;
import fr.allervers.encounter.EncounterContext;
import fr.allervers.encounter.EncounterDraft;
import fr.allervers.encounter.EncounterOutcome;
import fr.allervers.encounter.EncounterSource;
import fr.allervers.encounter.EncounterStore;
import fr.allervers.geo.CrsTransformer;
import fr.allervers.geo.Geometries;
import fr.allervers.support.DatabaseTest;
import fr.allervers.territory.Consortium;
import fr.allervers.territory.ConsortiumRepository;
import fr.allervers.security.CurrentConsortium;
import fr.allervers.territory.Organisation;
import fr.allervers.territory.OrganisationRepository;
import tools.jackson.databind.JsonNode;

/**
 * The heatmap against a brute-force count of random points, cell by cell; suppression of small cells; the time
 * decay; and another consortium's encounters never showing.
 */
@DatabaseTest
class HeatmapTest {

    // Finistère, away from the synthetic history of the class's consortium: x 120-200 km, y 6,750-6,870 km.
    private static final String AREA = "x_l93 BETWEEN 100000 AND 220000 AND y_l93 BETWEEN 6730000 AND 6890000";
    private static final double LN2 = Math.log(2);

    @Autowired
    MockMvc mvc;
    @Autowired
    EncounterStore store;
    @Autowired
    CurrentConsortium currentConsortium;
    @Autowired
    ConsortiumRepository consortia;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    JdbcTemplate jdbc;

    private final Instant to = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @AfterEach
    void clean() {
        jdbc.update("DELETE FROM encounter WHERE " + AREA);
    }

    @Test
    void cellsMatchABruteForceCountOfRandomPoints() throws Exception {
        Random random = new Random(7);
        List<EncounterDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            // Half spread over 8 x 8 km around Brest, half in two tight clusters.
            double lon = i % 2 == 0 ? -4.55 + random.nextDouble() * 0.11 : -4.49 + random.nextGaussian() * 0.004;
            double lat = i % 2 == 0 ? 48.36 + random.nextDouble() * 0.07 : 48.39 + random.nextGaussian() * 0.003;
            Instant metAt = to.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 200)));
            EncounterCategory category = i % 3 == 0 ? EncounterCategory.HOMELESS : EncounterCategory.YOUNG_16_25;
            drafts.add(draft(i + 1, metAt, Geometries.point(lon, lat), category, 1 + random.nextInt(4)));
        }
        store.save(drafts, currentConsortium.get(), EncounterSource.API);

        for (double cell : new double[] {250, 700, 1000}) {
            String url = String.format(Locale.ROOT, "/api/heatmap?bbox=-4.60,48.33,-4.40,48.46&cell=%.0f&to=%s"
                    + "&halfLifeDays=30&suppressed=false", cell, to);
            assertCellsMatch(drafts, null, cell, getJson(mvc, url));
            assertCellsMatch(drafts, EncounterCategory.HOMELESS, cell, getJson(mvc, url + "&category=HOMELESS"));
        }
    }

    @Test
    void aViewportCountsWholeCellsSoACellIsTheSameEverywhere() throws Exception {
        List<EncounterDraft> drafts = new ArrayList<>();
        Random random = new Random(11);
        for (int i = 0; i < 100; i++) {
            drafts.add(draft(i + 1, to.minus(Duration.ofHours(i + 1)),
                    Geometries.point(-4.50 + random.nextDouble() * 0.03, 48.38 + random.nextDouble() * 0.03),
                    EncounterCategory.OTHER, 1));
        }
        store.save(drafts, currentConsortium.get(), EncounterSource.API);
        Map<String, JsonNode> wide = byId(getJson(mvc, "/api/heatmap?bbox=-4.6,48.3,-4.4,48.5&cell=1000&to=" + to
                + "&suppressed=false"));
        Map<String, JsonNode> narrow = byId(getJson(mvc, "/api/heatmap?bbox=-4.49,48.39,-4.485,48.395&cell=1000&to="
                + to + "&suppressed=false"));
        assertThat(narrow).isNotEmpty();
        narrow.forEach((id, cell) -> assertThat(cell.get("count").asLong()).isEqualTo(wide.get(id).get("count").asLong()));
    }

    @Test
    void cellsWithFewerThanKEncountersAreSuppressedUnlessAskedOtherwise() throws Exception {
        List<EncounterDraft> drafts = new ArrayList<>();
        // Five encounters in one 1 km cell around Quimper, four in another 5 km away.
        for (int i = 0; i < 5; i++) {
            drafts.add(draft(i + 1, to.minus(Duration.ofDays(i + 1)), at(171_500 + i * 10, 6_787_500), EncounterCategory.OTHER, 1));
        }
        for (int i = 0; i < 4; i++) {
            drafts.add(draft(10 + i, to.minus(Duration.ofDays(i + 1)), at(176_500 + i * 10, 6_787_500), EncounterCategory.OTHER, 1));
        }
        store.save(drafts, currentConsortium.get(), EncounterSource.API);
        String url = "/api/heatmap?bbox=-4.25,47.9,-3.95,48.1&cell=1000&to=" + to;

        JsonNode suppressed = getJson(mvc, url);
        assertThat(suppressed.get("features").size()).isEqualTo(1);
        assertThat(suppressed.get("features").get(0).get("properties").get("count").asInt()).isEqualTo(5);
        assertThat(getJson(mvc, url + "&suppressed=true").get("features").size()).isEqualTo(1);
        JsonNode all = getJson(mvc, url + "&suppressed=false");
        assertThat(all.get("features").size()).isEqualTo(2);
        assertThat(all.get("features").findValues("count").stream().map(JsonNode::asInt)).containsExactlyInAnyOrder(5, 4);
    }

    @Test
    @AsRole(Role.FUNDER)
    void aFunderOnlySeesPublishedAggregatesWhateverTheRequestSays() throws Exception {
        // All in last month, so that they make one month of one 500 m cell whatever the day the test runs.
        YearMonth month = YearMonth.now(ZoneId.of("Europe/Paris")).minusMonths(1);
        Instant tenth = month.atDay(10).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();
        List<EncounterDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            drafts.add(draft(i + 1, tenth.plus(Duration.ofHours(i)), at(171_500 + i * 10, 6_787_500), EncounterCategory.OTHER, 1));
        }
        drafts.add(draft(10, tenth, at(176_500, 6_787_500), EncounterCategory.OTHER, 1));
        store.save(drafts, currentConsortium.get(), EncounterSource.API);
        String url = "/api/heatmap?bbox=-4.25,47.9,-3.95,48.1&from=" + month + "&to=" + month;
        JsonNode cells = getJson(mvc, url + "&cell=1000&suppressed=false");
        assertThat(cells.get("features").size()).isEqualTo(1);
        assertThat(cells.get("features").get(0).get("properties").get("count").asInt()).isEqualTo(5);
        assertThat(status(url + "&cell=250&suppressed=false")).isEqualTo(400);
        assertThat(status(url + "&cell=1500")).isEqualTo(400);
        assertThat(status(url + "&cell=1000&halfLifeDays=10")).isEqualTo(400);
        assertThat(status(url + "&cell=1000&halfLifeDays=30")).isEqualTo(200);
        assertThat(status(url + "&cell=1000&category=OTHER")).isEqualTo(400);
        assertThat(status("/api/heatmap?bbox=-4.25,47.9,-3.95,48.1&cell=1000&to=" + to)).isEqualTo(400);
        assertThat(status("/api/heatmap?bbox=-4.25,47.9,-3.95,48.1&cell=1000&from=" + month.atDay(1))).isEqualTo(400);
        assertThat(status("/api/heatmap?bbox=-4.25,47.9,-3.95,48.1&cell=1000&from=" + month + "&to="
                + month.minusMonths(1))).isEqualTo(400);
        assertThat(status("/api/heatmap?bbox=-4.25,47.9,-3.95,48.1&cell=1000&from=" + month.minusMonths(36) + "&to="
                + month)).isEqualTo(400);
    }

    @Test
    void anAggregatesOnlyViewRefusesCellsSmallEnoughToPointAtAnAddress() throws Exception {
        var result = mvc.perform(get("/api/heatmap?bbox=-4.25,47.9,-3.95,48.1&cell=100")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString()).contains("vue agrégée");
        assertThat(mvc.perform(get("/api/heatmap?bbox=-4.25,47.9,-3.95,48.1&cell=100&suppressed=false")).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void weightHalvesEveryHalfLife() throws Exception {
        store.save(List.of(
                draft(1, to, at(171_500, 6_787_500), EncounterCategory.OTHER, 2),
                draft(2, to.minus(Duration.ofDays(10)), at(171_600, 6_787_500), EncounterCategory.OTHER, 4),
                draft(3, to.minus(Duration.ofDays(20)), at(171_700, 6_787_500), EncounterCategory.OTHER, 8)),
                currentConsortium.get(), EncounterSource.API);
        JsonNode cell = getJson(mvc, "/api/heatmap?bbox=-4.25,47.9,-3.95,48.1&cell=1000&halfLifeDays=10&to="
                + to.plusSeconds(1) + "&suppressed=false").get("features").get(0).get("properties");
        assertThat(cell.get("count").asInt()).isEqualTo(3);
        assertThat(cell.get("people").asInt()).isEqualTo(14);
        assertThat(cell.get("weight").asDouble()).isCloseTo(2 + 4 * 0.5 + 8 * 0.25, within(0.01));
        // The "to" date also closes the period: the newest encounter is left out when "to" is before it.
        assertThat(getJson(mvc, "/api/heatmap?bbox=-4.25,47.9,-3.95,48.1&cell=1000&halfLifeDays=10&to="
                + to.minusSeconds(1) + "&suppressed=false").get("features").get(0).get("properties").get("count")
                .asInt()).isEqualTo(2);
    }

    @Test
    void anotherConsortiumsEncountersNeverShow() throws Exception {
        Consortium other = consortia.findByName("Autre consortium (test)")
                .orElseGet(() -> consortia.save(new Consortium("Autre consortium (test)")));
        Organisation team = organisations.findNamed(other, "Équipe B")
                .orElseGet(() -> organisations.save(new Organisation("Équipe B", other)));
        List<EncounterDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            drafts.add(new EncounterDraft(i + 1, to.minus(Duration.ofDays(i + 1)), at(171_500 + i, 6_787_500),
                    team.getId().toString(), EncounterContext.OTHER, null, EncounterCategory.OTHER,
                    EncounterOutcome.INFORMED, null, 1));
        }
        store.save(drafts, other, EncounterSource.API);
        assertThat(getJson(mvc, "/api/heatmap?bbox=-4.25,47.9,-3.95,48.1&cell=1000&suppressed=false&to=" + to)
                .get("features").size()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM encounter WHERE consortium_id = ?", Integer.class,
                other.getId())).isEqualTo(8);
    }

    @Test
    void badParametersAreRefusedInFrench() throws Exception {
        assertThat(status("/api/heatmap?cell=1000")).isEqualTo(400);
        assertThat(status("/api/heatmap?bbox=-4.25,47.9,-3.95,48.1&cell=1000&halfLifeDays=0")).isEqualTo(400);
        assertThat(status("/api/heatmap?bbox=-4.25,47.9,-3.95,48.1&cell=1000&category=TOURIST")).isEqualTo(400);
        assertThat(status("/api/heatmap?bbox=-4.25,47.9,-3.95,48.1&cell=1000&from=hier")).isEqualTo(400);
        assertThat(status("/api/heatmap?bbox=-5,42,9,51&cell=50&suppressed=false")).isEqualTo(400); // too many cells
        assertThat(getJson(mvc, "/api/heatmap?bbox=-30,10,-20,20&cell=1000").get("features").size()).isZero();
    }

    private int status(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse().getStatus();
    }

    private void assertCellsMatch(List<EncounterDraft> drafts, EncounterCategory category, double cell,
            JsonNode answer) {
        Map<String, long[]> counts = new HashMap<>();
        Map<String, Double> weights = new HashMap<>();
        for (EncounterDraft draft : drafts) {
            if (category != null && draft.category() != category) {
                continue;
            }
            Point lambert93 = CrsTransformer.toLambert93(draft.location());
            String id = (long) Math.floor(lambert93.getX() / cell) + "_" + (long) Math.floor(lambert93.getY() / cell);
            long[] count = counts.computeIfAbsent(id, k -> new long[2]);
            count[0]++;
            count[1] += draft.people();
            double ageDays = Duration.between(draft.metAt(), to).toMillis() / 86_400_000.0;
            weights.merge(id, draft.people() * Math.exp(-LN2 * ageDays / 30), Double::sum);
        }
        Map<String, JsonNode> cells = byId(answer);
        assertThat(cells.keySet()).containsExactlyInAnyOrderElementsOf(counts.keySet());
        counts.forEach((id, count) -> {
            JsonNode properties = cells.get(id);
            assertThat(properties.get("count").asLong()).as("count of cell %s", id).isEqualTo(count[0]);
            assertThat(properties.get("people").asLong()).as("people of cell %s", id).isEqualTo(count[1]);
            assertThat(properties.get("weight").asDouble()).as("weight of cell %s", id)
                    .isCloseTo(weights.get(id), within(0.002));
        });
        // Each cell comes back as a WGS84 polygon around its points.
        JsonNode ring = answer.get("features").get(0).get("geometry").get("coordinates").get(0);
        assertThat(ring.size()).isEqualTo(5);
        assertThat(ring.get(0).get(0).asDouble()).isBetween(-4.7, -4.3);
    }

    private static Map<String, JsonNode> byId(JsonNode collection) {
        Map<String, JsonNode> cells = new HashMap<>();
        collection.get("features").values().forEach(f -> cells.put(f.get("id").asString(), f.get("properties")));
        return cells;
    }

    private EncounterDraft draft(int number, Instant metAt, Point point, EncounterCategory category, int people) {
        String team = organisations.findByConsortiumOrderByName(currentConsortium.get()).get(0).getId().toString();
        return new EncounterDraft(number, metAt, point, team, EncounterContext.OTHER, null, category,
                EncounterOutcome.INFORMED, null, people);
    }

    private static Point at(double x, double y) {
        var lonLat = CrsTransformer.toWgs84(x, y, CrsTransformer.LAMBERT_93);
        return Geometries.point(lonLat.x, lonLat.y);
    }
}
