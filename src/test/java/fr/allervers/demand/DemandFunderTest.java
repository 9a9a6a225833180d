package fr.allervers.demand;

import static fr.allervers.support.Api.getJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import fr.allervers.security.CurrentConsortium;
import fr.allervers.security.Role;
import fr.allervers.support.Api;
import fr.allervers.support.AsRole;
import fr.allervers.support.DatabaseTest;
import fr.allervers.territory.Hotel;
import fr.allervers.territory.HotelRepository;
import tools.jackson.databind.JsonNode;

/**
 * Funders read the communes' demand scores without the 115 hotels' capacity (issue #13: they read each commune's),
 * and with encounters counted by whole months of at least k; the coordination still sees the hotels' part.
 */
@DatabaseTest
class DemandFunderTest {

    private static final Set<String> DEMO_COMMUNES = Set.of("69199", "69259", "69276", "69273", "69296");
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    @Autowired
    MockMvc mvc;
    @Autowired
    HotelRepository hotels;
    @Autowired
    CurrentConsortium currentConsortium;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemandProperties properties;

    @Test
    @AsRole(Role.FUNDER)
    void aFunderGetsScoresWithoutHotelCapacities() throws Exception {
        JsonNode answer = getJson(mvc, "/api/demand/communes?territoryId=" + Api.demoTerritoryId(mvc));
        assertThat(answer.get("weights").has("hotels")).isFalse();
        assertThat(answer.get("items").size()).isEqualTo(5);
        Map<String, Double> expected = publishedEncounters();
        assertThat(expected).as("months of k encounters in the demo communes").isNotEmpty();
        for (JsonNode item : answer.get("items").values()) {
            JsonNode parts = item.get("parts");
            assertThat(parts.has("hotels")).as(item.toString()).isFalse();
            assertThat(item.get("explanation").asString()).doesNotContain("hôtel");
            assertThat(item.get("score").asDouble()).isCloseTo(parts.get("encounters").get("contribution").asDouble()
                    + parts.get("qpv").get("contribution").asDouble(), within(0.003));
            double raw = expected.getOrDefault(item.get("insee").asString(), 0.0);
            assertThat(parts.get("encounters").get("raw").asDouble()).as(item.get("insee").asString())
                    .isCloseTo(raw, within(Math.max(0.002, raw * 1e-4)));
        }
        assertThat(answer.toString()).doesNotContain("hotels").doesNotContain("hôtels");
    }

    @Test
    @AsRole(Role.COORDINATOR)
    void theCoordinationStillSeesTheHotelsPart() throws Exception {
        JsonNode answer = getJson(mvc, "/api/demand/communes?territoryId=" + Api.demoTerritoryId(mvc));
        assertThat(answer.get("weights").get("hotels").asDouble()).isEqualTo(0.2);
        double capacity = 0;
        for (JsonNode item : answer.get("items").values()) {
            capacity += item.get("parts").get("hotels").get("raw").asDouble();
            assertThat(item.get("explanation").asString()).contains("hôtels 115");
        }
        int demoCapacity = hotels.findByConsortium(currentConsortium.get()).stream()
                .filter(h -> DEMO_COMMUNES.contains(h.getCommuneInsee())).mapToInt(Hotel::getCapacityHouseholds).sum();
        assertThat(demoCapacity).isPositive();
        assertThat(capacity).isEqualTo(demoCapacity);
    }

    /**
     * Brute force: per commune, each of the twelve whole months before this one that holds at least k encounters,
     * each encounter's people decayed from the start of this month.
     */
    private Map<String, Double> publishedEncounters() {
        Instant end = YearMonth.now(ZONE).atDay(1).atStartOfDay(ZONE).toInstant();
        Instant start = YearMonth.now(ZONE).minusMonths(12).atDay(1).atStartOfDay(ZONE).toInstant();
        Map<String, long[]> counts = new HashMap<>();
        Map<String, Double> sums = new HashMap<>();
        jdbc.query("SELECT commune_insee, people, met_at FROM encounter WHERE consortium_id = ?"
                + " AND commune_insee IS NOT NULL", rs -> {
                    Instant at = rs.getObject(3, java.time.OffsetDateTime.class).toInstant();
                    if (at.isBefore(start) || !at.isBefore(end)) {
                        return;
                    }
                    String key = rs.getString(1) + "|" + YearMonth.from(at.atZone(ZONE));
                    counts.computeIfAbsent(key, k -> new long[1])[0]++;
                    double days = Duration.between(at, end).toMillis() / 86_400_000.0;
                    sums.merge(key, rs.getInt(2) * Math.pow(0.5, days / properties.halfLifeDays()), Double::sum);
                }, currentConsortium.get().getId());
        Map<String, Double> perCommune = new HashMap<>();
        sums.forEach((key, sum) -> {
            if (counts.get(key)[0] >= 5) {
                perCommune.merge(key.substring(0, key.indexOf('|')), sum, Double::sum);
            }
        });
        // A commune with a month of fewer than k shows that month as nothing: there must be one, or this proves little.
        assertThat(counts.values().stream().anyMatch(c -> c[0] > 0 && c[0] < 5)).as("a month of few encounters")
                .isTrue();
        return perCommune;
    }
}
