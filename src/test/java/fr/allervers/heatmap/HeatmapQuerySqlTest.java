package fr.allervers.heatmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

import fr.allervers.encounter.EncounterCategory;
import fr.allervers.geo.MetricGrid;

/** The metropolitan heatmap SQL is the one its PostGIS index was built for; overseas reads its own columns. */
class HeatmapQuerySqlTest {

    private static final Instant TO = Instant.parse("2026-06-01T00:00:00Z");
    private static final Instant FROM = Instant.parse("2025-06-01T00:00:00Z");

    @Test
    void theMetropolitanSqlIsUnchanged() {
        String sql = HeatmapQuery.statement(1, new Envelope(837_000, 847_000, 6_515_000, 6_525_000), 250, FROM, TO, 90,
                EncounterCategory.HOMELESS, 5).sql();
        assertThat(sql).isEqualTo("""
                SELECT cx, cy, COUNT(*) AS n, SUM(people) AS people, SUM(w) AS weight FROM (
                  SELECT FLOOR(x_l93 / :size) AS cx, FLOOR(y_l93 / :size) AS cy, people,
                         people * EXP(:rate * (met_epoch - :toEpoch)) AS w
                  FROM encounter
                  WHERE consortium_id = :consortium AND met_epoch >= :fromEpoch AND met_epoch < :toEpoch
                    AND x_l93 >= :minX AND x_l93 < :maxX AND y_l93 >= :minY AND y_l93 < :maxY\
                 AND FLOOR(x_l93 / 1000) IN (:xColumns) AND category = :category
                ) cells
                GROUP BY cx, cy
                HAVING COUNT(*) >= :minCount
                """);
    }

    @Test
    void anOverseasViewportCountsOnlyItsGridsColumns() {
        String sql = HeatmapQuery.statement(1, MetricGrid.REUNION_UTM_40S,
                new Envelope(330_000, 345_000, 7_680_000, 7_700_000), 250, FROM, TO, 90, null, 5).sql();
        assertThat(sql).doesNotContain("x_l93").doesNotContain("y_l93")
                .contains("FLOOR(x_grid / :size) AS cx, FLOOR(y_grid / :size) AS cy")
                .contains("AND x_grid >= :minX AND x_grid < :maxX AND y_grid >= :minY AND y_grid < :maxY"
                        + " AND grid_epsg = 2975 AND FLOOR(x_grid / 1000) IN (:xColumns)");
    }
}
