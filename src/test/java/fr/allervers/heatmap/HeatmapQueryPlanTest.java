package fr.allervers.heatmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import fr.allervers.support.DatabaseTest;
import fr.allervers.support.TestDatabase;

/**
 * The heatmap query reaches the position index it was written for on each database. On PostGIS the index is keyed
 * by an expression, {@code FLOOR(x_l93 / 1000)}: if the query and the migration ever spell it differently, the
 * results stay right but every viewport walks a whole strip of the department, which only a benchmark would show.
 */
@DatabaseTest
class HeatmapQueryPlanTest {

    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aViewportIsSearchedThroughThePositionIndex() {
        Instant to = Instant.parse("2026-06-01T00:00:00Z");
        HeatmapQuery.Statement statement = HeatmapQuery.statement(1, new Envelope(837_000, 847_000, 6_515_000,
                6_525_000), 250, to.minus(Duration.ofDays(365)), to, 90, null, 1);
        String plan = transactions.execute(status -> {
            if (TestDatabase.isPostgres()) {
                // The test table is nearly empty, where a sequential scan is cheaper: ask for the index plan.
                jdbc.getJdbcTemplate().execute("SET LOCAL enable_seqscan = off");
            }
            List<Map<String, Object>> rows = jdbc.queryForList("EXPLAIN " + statement.sql(), statement.params());
            return rows.stream().map(row -> String.valueOf(row.values().iterator().next()))
                    .collect(Collectors.joining("\n"));
        });
        assertThat(plan.toLowerCase()).contains(TestDatabase.isPostgres() ? "idx_encounter_column" : "idx_encounter_grid");
        if (TestDatabase.isPostgres()) {
            // Each 1 km column is a range of the index, not a filter applied to a whole strip.
            assertThat(plan).containsPattern("Index Cond: .*floor.*= ANY");
        }
    }
}
