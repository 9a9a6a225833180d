package fr.allervers.heatmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.transaction.support.TransactionTemplate;

import fr.allervers.encounter.Lambert93Columns;
import fr.allervers.geo.MetricGrid;
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
        String plan = explain(statement.sql(), statement.params());
        assertThat(plan.toLowerCase()).contains(TestDatabase.isPostgres() ? "idx_encounter_column" : "idx_encounter_grid");
        if (TestDatabase.isPostgres()) {
            // The query narrows by 1 km column. Whether the planner then bounds the index by those columns or only
            // by y depends on the table's statistics at that moment (which other tests change): checked below.
            assertThat(plan).containsPattern("floor\\(\\((encounter\\.)?x_l93 / '1000'[^\\n]*= ANY");
        }
    }

    @Test
    void anOverseasViewportIsSearchedThroughItsOwnIndex() {
        Instant to = Instant.parse("2026-06-01T00:00:00Z");
        HeatmapQuery.Statement statement = HeatmapQuery.statement(1, MetricGrid.REUNION_UTM_40S,
                new Envelope(334_000, 344_000, 7_685_000, 7_695_000), 250, to.minus(Duration.ofDays(365)), to, 90,
                null, 1);
        assertThat(explain(statement.sql(), statement.params()).toLowerCase()).contains("idx_encounter_overseas");
    }

    /**
     * The column predicate, as the queries spell it, is the index's expression: with nothing else to search by,
     * PostgreSQL answers it from the index, each listed column a range of it.
     */
    @Test
    void theColumnPredicateIsTheIndexExpression() {
        assumeTrue(TestDatabase.isPostgres(), "H2 has no expression index");
        String plan = explain("SELECT count(*) FROM encounter WHERE consortium_id = :consortium AND "
                + Lambert93Columns.PREDICATE, new MapSqlParameterSource("consortium", 1L).addValue("xColumns", List.of(840.0, 841.0)));
        assertThat(plan).contains("idx_encounter_column").containsPattern("Index Cond: .*floor.*= ANY");
    }

    private String explain(String sql, SqlParameterSource params) {
        return transactions.execute(status -> {
            if (TestDatabase.isPostgres()) {
                // The test table is nearly empty, where a sequential scan is cheaper: ask for an index plan.
                jdbc.getJdbcTemplate().execute("SET LOCAL enable_seqscan = off");
            }
            List<Map<String, Object>> rows = jdbc.queryForList("EXPLAIN " + sql, params);
            return rows.stream().map(row -> String.valueOf(row.values().iterator().next()))
                    .collect(Collectors.joining("\n"));
        });
    }
}
