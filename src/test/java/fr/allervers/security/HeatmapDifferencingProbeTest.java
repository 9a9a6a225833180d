package fr.allervers.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import fr.allervers.geo.CrsTransformer;
import fr.allervers.support.Api;
import fr.allervers.support.AsRole;
import fr.allervers.support.DatabaseTest;
import tools.jackson.databind.JsonNode;

/**
 * Replays, as a funder on the demo history, the two probes of issue #13 that singled out a 115 hotel and single
 * encounters on the heatmap, and checks they now learn nothing finer than a 500 m cell and k encounters:
 * <ol>
 * <li>asking the busiest cells at 60 cell sizes (500, 507.35, 514.7 … m), each shifting the grid, and intersecting
 * them;</li>
 * <li>a binary search on {@code to}, to the second, subtracting each answer from the next.</li>
 * </ol>
 * Each probe is also run, in memory, on the same encounters the way the heatmap answered before (any size from
 * 500 m, any period, each answer hidden below k on its own), to show that this fixture would have leaked.
 */
@DatabaseTest
@AsRole(Role.FUNDER)
class HeatmapDifferencingProbeTest {

    private static final String BBOX = "4.80,45.62,4.95,45.74";
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final int K = 5;
    /** The only sizes a funder may ask (docs/data-protection.md). */
    private static final List<Double> PUBLISHED_SIZES = List.of(500.0, 1000.0, 2000.0, 4000.0);

    /** An encounter of the class's consortium as the database holds it: Lambert-93 metres and time. */
    record Met(double x, double y, Instant at) {
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CurrentConsortium currentConsortium;

    private final YearMonth thisMonth = YearMonth.now(ZONE);
    private final YearMonth first = thisMonth.minusMonths(6);
    private List<Met> encounters;

    @BeforeEach
    void readTheEncounters() {
        encounters = jdbc.query("SELECT x_l93, y_l93, met_at FROM encounter WHERE consortium_id = ?"
                + " AND x_l93 IS NOT NULL", (rs, i) -> new Met(rs.getDouble(1), rs.getDouble(2),
                rs.getObject(3, java.time.OffsetDateTime.class).toInstant()), currentConsortium.get().getId());
        assertThat(encounters).as("the demo history of the class's consortium").hasSizeGreaterThan(1000);
    }

    @Test
    void shiftingTheGridLocatesNothingCloserThanA500MetreCell() throws Exception {
        List<Double> sizes = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            sizes.add(500 + i * 7.35);
        }
        sizes.addAll(List.of(1000.0, 2000.0, 4000.0));

        // The probe as it was: on the encounters of the period, each size's busiest cells (k or more), intersected.
        Instant start = first.atDay(1).atStartOfDay(ZONE).toInstant();
        Instant end = thisMonth.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();
        List<Met> period = encounters.stream().filter(e -> !e.at().isBefore(start) && e.at().isBefore(end)).toList();
        Envelope before = null;
        for (double size : sizes) {
            Map<Envelope, Long> cells = new HashMap<>();
            for (Met e : period) {
                double x = Math.floor(e.x() / size) * size;
                double y = Math.floor(e.y() / size) * size;
                cells.merge(new Envelope(x, x + size, y, y + size), 1L, Long::sum);
            }
            cells.values().removeIf(count -> count < K);
            before = narrow(before, cells);
        }
        assertThat(Math.max(before.getWidth(), before.getHeight())).as("the probe against the old rule")
                .isLessThan(100);

        // The probe now: only the four published sizes answer, and what they have in common is whole 500 m cells.
        Envelope now = null;
        List<Double> answered = new ArrayList<>();
        for (double size : sizes) {
            MvcResult result = mvc.perform(get(url(String.format(Locale.ROOT, "%s", size), first.toString(),
                    thisMonth.toString()))).andReturn();
            if (result.getResponse().getStatus() != 200) {
                assertThat(result.getResponse().getStatus()).as("cell=" + size).isEqualTo(400);
                assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).as("cell=" + size)
                        .contains("maille de").contains("refusée en vue agrégée");
                continue;
            }
            answered.add(size);
            now = narrow(now, cells(Api.json(result)));
        }
        assertThat(now).as("the busiest cells have something in common").isNotNull();
        assertThat(now.getWidth()).as("width of the common part of the busiest cells: " + now).isGreaterThan(499.99);
        assertThat(now.getHeight()).as("height of the common part of the busiest cells: " + now).isGreaterThan(499.99);
        assertThat(onTheGrid(now.getMinX()) && onTheGrid(now.getMinY()) && onTheGrid(now.getMaxX())
                && onTheGrid(now.getMaxY())).as(now + " is made of whole 500 m cells").isTrue();
        assertThat(answered).as("sizes answered").containsExactlyElementsOf(PUBLISHED_SIZES);
    }

    @Test
    void aSearchOnToFindsNothingFinerThanAMonthOfKEncounters() throws Exception {
        // The probe's requests, to the second and to the day, are refused in French.
        Instant second = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(40));
        for (String to : List.of(second.toString(), second.atOffset(ZoneOffset.ofHours(1)).toString(),
                thisMonth.atDay(1).toString(), thisMonth.minusMonths(1).atEndOfMonth().toString())) {
            MvcResult result = mvc.perform(get(url("500", first.toString(), to))).andReturn();
            assertThat(result.getResponse().getStatus()).as("to=" + to).isEqualTo(400);
            assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).as("to=" + to)
                    .contains("« to » doit être un mois entier");
            result = mvc.perform(get(url("500", to, thisMonth.toString()))).andReturn();
            assertThat(result.getResponse().getStatus()).as("from=" + to).isEqualTo(400);
        }

        // The probe as it was, by whole months: growing periods, each answer hidden below k on its own. Subtracting
        // an answer from the next gives fewer than k encounters in some cell.
        int leaksBefore = 0;
        for (double size : PUBLISHED_SIZES) {
            Map<String, Long> previous = Map.of();
            for (YearMonth to = first; !to.isAfter(thisMonth); to = to.plusMonths(1)) {
                Map<String, Long> shown = oldAnswer(size, first, to);
                for (Map.Entry<String, Long> cell : shown.entrySet()) {
                    long difference = cell.getValue() - previous.getOrDefault(cell.getKey(), 0L);
                    if (previous.containsKey(cell.getKey()) && difference > 0 && difference < K) {
                        leaksBefore++;
                    }
                }
                previous = shown;
            }
        }
        assertThat(leaksBefore).as("cells the old rule gave back below k").isPositive();

        // Now: growing and shrinking periods, and each cell against its four parts; every difference is 0 or ≥ k.
        for (double size : PUBLISHED_SIZES) {
            Map<String, Long> previous = Map.of();
            for (YearMonth to = first; !to.isAfter(thisMonth); to = to.plusMonths(1)) {
                Map<String, Long> shown = counts(size, first, to);
                assertSafeDifferences(previous, shown, "cell " + size + " from " + first + " to " + to);
                previous = shown;
            }
        }
        Map<String, Long> previous = Map.of();
        for (YearMonth from = thisMonth; !from.isBefore(first); from = from.minusMonths(1)) {
            Map<String, Long> shown = counts(500, from, thisMonth);
            assertSafeDifferences(previous, shown, "cell 500 from " + from + " to " + thisMonth);
            previous = shown;
        }
        Map<String, Long> parts = counts(500, first, thisMonth);
        for (double size : PUBLISHED_SIZES.subList(1, PUBLISHED_SIZES.size())) {
            Map<String, Long> whole = counts(size, first, thisMonth);
            Map<String, Long> partsSum = new HashMap<>();
            parts.forEach((id, count) -> partsSum.merge(parent(id), count, Long::sum));
            whole.forEach((id, count) -> assertSafe(count - partsSum.getOrDefault(id, 0L), "cell " + id + " of "
                    + size + " m less its four parts"));
            parts = whole;
        }
    }

    private String url(String cell, String from, String to) {
        return "/api/heatmap?bbox=" + BBOX + "&cell=" + cell + "&from=" + from + "&to=" + to;
    }

    /** The attacker's step: of the cells meeting what is known so far, the busiest narrows it down. */
    private static Envelope narrow(Envelope known, Map<Envelope, Long> cells) {
        Envelope busiest = cells.entrySet().stream()
                .filter(cell -> known == null || cell.getKey().intersection(known).getArea() > 0)
                .max(Map.Entry.<Envelope, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.comparingDouble(Envelope::getMinX)
                                .thenComparingDouble(Envelope::getMinY))))
                .map(Map.Entry::getKey).orElse(null);
        if (busiest == null) {
            return known;
        }
        return known == null ? busiest : known.intersection(busiest);
    }

    /** The cells of an answer as Lambert-93 envelopes, with their counts. */
    private static Map<Envelope, Long> cells(JsonNode answer) throws Exception {
        Map<Envelope, Long> cells = new HashMap<>();
        GeoJsonReader reader = new GeoJsonReader();
        for (JsonNode feature : answer.get("features").values()) {
            Geometry polygon = reader.read(feature.get("geometry").toString());
            polygon.setSRID(4326);
            cells.put(CrsTransformer.toLambert93(polygon).getEnvelopeInternal(),
                    feature.get("properties").get("count").asLong());
        }
        return cells;
    }

    private Map<String, Long> counts(double size, YearMonth from, YearMonth to) throws Exception {
        MvcResult result = mvc.perform(get(url(String.format(Locale.ROOT, "%.0f", size), from.toString(),
                to.toString()))).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        Map<String, Long> counts = new HashMap<>();
        Api.json(result).get("features").values().forEach(f -> counts.put(f.get("id").asString(),
                f.get("properties").get("count").asLong()));
        counts.values().forEach(count -> assertThat(count).isGreaterThanOrEqualTo(K));
        return counts;
    }

    /** What the heatmap answered before for a period of whole months: every cell of k encounters or more. */
    private Map<String, Long> oldAnswer(double size, YearMonth from, YearMonth to) {
        Instant start = from.atDay(1).atStartOfDay(ZONE).toInstant();
        Instant end = to.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();
        Map<String, Long> counts = new HashMap<>();
        for (Met e : encounters) {
            if (!e.at().isBefore(start) && e.at().isBefore(end)) {
                counts.merge((long) Math.floor(e.x() / size) + "_" + (long) Math.floor(e.y() / size), 1L, Long::sum);
            }
        }
        counts.values().removeIf(count -> count < K);
        return counts;
    }

    private static String parent(String id) {
        String[] parts = id.split("_");
        return Math.floorDiv(Long.parseLong(parts[0]), 2) + "_" + Math.floorDiv(Long.parseLong(parts[1]), 2);
    }

    private static void assertSafeDifferences(Map<String, Long> smaller, Map<String, Long> larger, String what) {
        smaller.keySet().forEach(id -> assertThat(larger).as(what).containsKey(id));
        larger.forEach((id, count) -> assertSafe(count - smaller.getOrDefault(id, 0L), what + ", cell " + id));
    }

    private static void assertSafe(long difference, String what) {
        assertThat(difference == 0 || difference >= K).as(what + ": difference " + difference).isTrue();
    }

    private static boolean onTheGrid(double metres) {
        return Math.abs(metres / 500 - Math.rint(metres / 500)) < 1e-4;
    }
}
