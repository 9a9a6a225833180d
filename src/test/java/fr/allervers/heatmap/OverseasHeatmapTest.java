package fr.allervers.heatmap;

import static fr.allervers.support.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.allervers.geo.Geometries;
import fr.allervers.security.CurrentConsortium;
import fr.allervers.support.DatabaseTest;
import fr.allervers.territory.OrganisationRepository;
import tools.jackson.databind.JsonNode;

/**
 * A consortium in La Réunion gets the heatmap one in the Rhône gets: cells of the official local grid (RGR92 /
 * UTM 40S), drawn where the encounters are, small ones hidden. Reference positions are PROJ's ({@code cs2cs}).
 */
@DatabaseTest
class OverseasHeatmapTest {

    private static final String BBOX = "bbox=55.2,-21.4,55.9,-20.8";
    // Saint-Denis, 55.4504°E 20.8823°S: 338 811.239, 7 690 101.360 in RGR92 / UTM 40S.
    private static final double SAINT_DENIS_LON = 55.4504;
    private static final double SAINT_DENIS_LAT = -20.8823;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CurrentConsortium currentConsortium;
    @Autowired
    OrganisationRepository organisations;

    private final Instant to = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private long team;

    @BeforeEach
    void team() {
        team = organisations.findByConsortiumOrderByName(currentConsortium.get()).get(0).getId();
    }

    /** The class's consortium also holds the demo's metropolitan history: only what the tests record goes. */
    @AfterEach
    void clean() {
        jdbc.update("DELETE FROM encounter WHERE consortium_id = ? AND grid_epsg IS NOT NULL",
                currentConsortium.get().getId());
    }

    @Test
    void anEncounterIsStoredInTheLocalGridNotInLambert93() throws Exception {
        record(List.of(encounter(to.minus(Duration.ofHours(2)), SAINT_DENIS_LON, SAINT_DENIS_LAT, 1)));
        Map<String, Object> row = jdbc.queryForMap("SELECT grid_epsg, x_grid, y_grid, x_l93, y_l93 FROM encounter"
                + " WHERE consortium_id = ? AND grid_epsg IS NOT NULL", currentConsortium.get().getId());
        assertThat(((Number) row.get("grid_epsg")).intValue()).isEqualTo(2975);
        assertThat(((Number) row.get("x_grid")).doubleValue()).isCloseTo(338_811.239, within(0.01));
        assertThat(((Number) row.get("y_grid")).doubleValue()).isCloseTo(7_690_101.360, within(0.01));
        assertThat(row.get("x_l93")).isNull();
        assertThat(row.get("y_l93")).isNull();
    }

    @Test
    void encountersGivenInUtm40SouthAreRecordedWhereTheyAre() throws Exception {
        String body = String.format(Locale.ROOT, "{\"metAt\":\"%s\",\"x\":338811.239,\"y\":7690101.360,"
                + "\"organisationId\":%d,\"context\":\"MARAUDE\",\"category\":\"HOMELESS\",\"outcome\":\"INFORMED\","
                + "\"people\":2}", to.minus(Duration.ofHours(1)), team);
        MvcResult result = mvc.perform(post("/api/encounters?crs=EPSG:2975")
                .contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8))).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        JsonNode cells = heatmap("cell=1000&suppressed=false");
        assertThat(cells.get("features").size()).isEqualTo(1);
        JsonNode cell = cells.get("features").get(0);
        assertThat(cell.get("id").asString()).isEqualTo("2975:338_7690");
        assertThat(cell.get("properties").get("people").asInt()).isEqualTo(2);
        assertThat(polygon(cell).contains(Geometries.point(SAINT_DENIS_LON, SAINT_DENIS_LAT))).isTrue();
    }

    @Test
    void everyCellIsDrawnAroundTheEncountersItCounts() throws Exception {
        Random random = new Random(974);
        List<Point> points = new ArrayList<>();
        List<String> encounters = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            // Around Saint-Denis and around Le Port, 15 km west: two clusters over a few kilometres each.
            boolean saintDenis = i % 3 != 0;
            // Rounded as they are sent, so that the points checked are the points stored.
            double lon = round6((saintDenis ? SAINT_DENIS_LON : 55.2920) + random.nextGaussian() * 0.01);
            double lat = round6((saintDenis ? SAINT_DENIS_LAT : -20.9370) + random.nextGaussian() * 0.008);
            points.add(Geometries.point(lon, lat));
            encounters.add(encounter(to.minus(Duration.ofMinutes(10 + random.nextInt(60 * 24 * 100))), lon, lat, 1));
        }
        record(encounters);

        JsonNode cells = heatmap("cell=1000&suppressed=false");
        GeoJsonReader reader = new GeoJsonReader();
        int counted = 0;
        for (JsonNode cell : cells.get("features").values()) {
            assertThat(cell.get("id").asString()).startsWith("2975:");
            Geometry polygon = reader.read(cell.get("geometry").toString());
            long inside = points.stream().filter(polygon::contains).count();
            assertThat(cell.get("properties").get("count").asLong()).as(cell.get("id").asString()).isEqualTo(inside);
            // A square kilometre on the ground (1° of latitude ≈ 110.8 km, of longitude ≈ 111.3 km × cos φ).
            double lat = polygon.getCentroid().getY();
            double km2 = polygon.getArea() * 110.8 * 111.3 * Math.cos(Math.toRadians(lat));
            assertThat(km2).isCloseTo(1.0, within(0.01));
            counted += (int) inside;
        }
        assertThat(counted).isEqualTo(points.size());
        // A view of the whole world is cut into the zones of France: La Réunion's cells hold these encounters, the
        // metropolitan ones (Lambert-93 ids) the demo history of the consortium.
        JsonNode world = json(mvc.perform(get("/api/heatmap?bbox=-180,-90,180,90&cell=100000&suppressed=false&to="
                + to.plusSeconds(1))).andReturn());
        assertThat(world.get("features").valueStream().filter(c -> c.get("id").asString().startsWith("2975:"))
                .mapToInt(c -> c.get("properties").get("count").asInt()).sum()).isEqualTo(points.size());
        assertThat(world.get("features").valueStream().map(c -> c.get("id").asString()))
                .anyMatch(id -> id.matches("\\d+_\\d+"));
        // A cell counts alike in a smaller viewport.
        JsonNode narrow = json(mvc.perform(get("/api/heatmap?bbox=55.445,-20.887,55.455,-20.877&cell=1000"
                + "&suppressed=false&to=" + to.plusSeconds(1))).andReturn());
        assertThat(narrow.get("features").size()).isPositive();
        for (JsonNode cell : narrow.get("features").values()) {
            JsonNode same = cells.get("features").valueStream()
                    .filter(c -> c.get("id").asString().equals(cell.get("id").asString())).findFirst().orElseThrow();
            assertThat(cell.get("properties")).isEqualTo(same.get("properties"));
        }
    }

    @Test
    void cellsWithFewerThanKEncountersAreSuppressed() throws Exception {
        List<String> encounters = new ArrayList<>();
        // Five in the cell of Saint-Denis, four about 5 km east, at Sainte-Clotilde's edge.
        for (int i = 0; i < 5; i++) {
            encounters.add(encounter(to.minus(Duration.ofDays(i + 1)), SAINT_DENIS_LON + i * 0.0001, SAINT_DENIS_LAT, 1));
        }
        for (int i = 0; i < 4; i++) {
            encounters.add(encounter(to.minus(Duration.ofDays(i + 1)), 55.4980 + i * 0.0001, -20.8900, 1));
        }
        record(encounters);

        JsonNode suppressed = heatmap("cell=1000");
        assertThat(suppressed.get("features").size()).isEqualTo(1);
        assertThat(suppressed.get("features").get(0).get("id").asString()).isEqualTo("2975:338_7690");
        assertThat(suppressed.get("features").get(0).get("properties").get("count").asInt()).isEqualTo(5);
        JsonNode all = heatmap("cell=1000&suppressed=false");
        assertThat(all.get("features").findValues("count").stream().map(JsonNode::asInt)).containsExactlyInAnyOrder(5, 4);
    }

    private void record(List<String> encounters) throws Exception {
        MvcResult result = mvc.perform(post("/api/encounters")
                .contentType(MediaType.APPLICATION_JSON)
                .content(("[" + String.join(",", encounters) + "]").getBytes(StandardCharsets.UTF_8))).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(json(result).get("created").asInt()).isEqualTo(encounters.size());
    }

    private JsonNode heatmap(String parameters) throws Exception {
        MvcResult result = mvc.perform(get("/api/heatmap?" + BBOX + "&" + parameters + "&to=" + to.plusSeconds(1)))
                .andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        return json(result);
    }

    private String encounter(Instant metAt, double lon, double lat, int people) {
        return String.format(Locale.ROOT, "{\"metAt\":\"%s\",\"lon\":%.6f,\"lat\":%.6f,\"organisationId\":%d,"
                + "\"context\":\"MARAUDE\",\"category\":\"HOMELESS\",\"outcome\":\"INFORMED\",\"people\":%d}", metAt,
                lon, lat, team, people);
    }

    private static double round6(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    private static Geometry polygon(JsonNode feature) throws Exception {
        return new GeoJsonReader().read(feature.get("geometry").toString());
    }
}
