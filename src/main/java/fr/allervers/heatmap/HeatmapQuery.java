package fr.allervers.heatmap;

import java.time.Instant;
import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.encounter.EncounterCategory;
import fr.allervers.encounter.EncounterGridColumns;
import fr.allervers.encounter.Lambert93Columns;
import fr.allervers.geo.MetricGrid;
import fr.allervers.system.AggregateQueryTuning;

/**
 * Counts encounters per square cell of a metric grid, in the database: Lambert-93 in metropolitan France, the
 * territory's own projection overseas ({@link MetricGrid}). The metres are stored with each encounter, so the same
 * portable SQL runs on H2GIS and PostGIS and uses their index on position (see {@link Lambert93Columns} and
 * {@link EncounterGridColumns}); only the non-empty cells (and with {@code minCount}, only those that may be shown)
 * leave the database.
 */
@Repository
@Transactional(readOnly = true)
public class HeatmapQuery {

    /** A cell: column and row are floor(x / size) and floor(y / size) in the grid's metres. */
    public record Cell(long column, long row, long count, long people, double weight) {
    }

    private static final double SECONDS_PER_DAY = 86_400;

    private final NamedParameterJdbcTemplate jdbc;
    private final AggregateQueryTuning tuning;

    HeatmapQuery(NamedParameterJdbcTemplate jdbc, AggregateQueryTuning tuning) {
        this.jdbc = jdbc;
        this.tuning = tuning;
    }

    /**
     * @param grid the grid of the area; only the encounters stored in it are counted
     * @param area the area in the grid's metres; it is widened to whole cells, so that a cell counts the same in any
     *        viewport
     * @param minCount cells with fewer encounters are left out
     */
    public List<Cell> cells(long consortiumId, MetricGrid grid, Envelope area, double size, Instant from, Instant to,
            double halfLifeDays, EncounterCategory category, int minCount) {
        Statement statement = statement(consortiumId, grid, area, size, from, to, halfLifeDays, category, minCount);
        tuning.applyToCurrentTransaction();
        return jdbc.query(statement.sql(), statement.params(), (rs, i) -> new Cell(rs.getLong("cx"), rs.getLong("cy"),
                rs.getLong("n"), rs.getLong("people"), rs.getDouble("weight")));
    }

    /** The SQL of {@link #cells} and its parameters; apart so that a test can ask the database for its plan. */
    record Statement(String sql, MapSqlParameterSource params) {
    }

    /** The statement for a Lambert-93 area: metropolitan France. */
    static Statement statement(long consortiumId, Envelope area, double size, Instant from, Instant to,
            double halfLifeDays, EncounterCategory category, int minCount) {
        return statement(consortiumId, MetricGrid.LAMBERT_93, area, size, from, to, halfLifeDays, category, minCount);
    }

    /** The weight of a cell is Σ people × 0.5^(age in days / half-life), the age counted back from {@code to}. */
    static Statement statement(long consortiumId, MetricGrid grid, Envelope area, double size, Instant from,
            Instant to, double halfLifeDays, EncounterCategory category, int minCount) {
        EncounterGridColumns columns = EncounterGridColumns.of(grid);
        double minX = Math.floor(area.getMinX() / size) * size;
        double maxX = Math.ceil(area.getMaxX() / size) * size;
        List<Double> xColumns = EncounterGridColumns.between(minX, maxX);
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("consortium", consortiumId)
                .addValue("size", size)
                .addValue("minX", minX)
                .addValue("maxX", maxX)
                .addValue("xColumns", xColumns)
                .addValue("minY", Math.floor(area.getMinY() / size) * size)
                .addValue("maxY", Math.ceil(area.getMaxY() / size) * size)
                .addValue("fromEpoch", from.getEpochSecond() + from.getNano() / 1e9)
                .addValue("rate", Math.log(2) / (halfLifeDays * SECONDS_PER_DAY))
                .addValue("toEpoch", to.getEpochSecond() + to.getNano() / 1e9)
                .addValue("category", category == null ? null : category.name())
                .addValue("minCount", minCount);
        String filters = columns.gridCondition() + columns.and(xColumns)
                + (category == null ? "" : " AND category = :category");
        String sql = """
                SELECT cx, cy, COUNT(*) AS n, SUM(people) AS people, SUM(w) AS weight FROM (
                  SELECT FLOOR(%1$s / :size) AS cx, FLOOR(%2$s / :size) AS cy, people,
                         people * EXP(:rate * (met_epoch - :toEpoch)) AS w
                  FROM encounter
                  WHERE consortium_id = :consortium AND met_epoch >= :fromEpoch AND met_epoch < :toEpoch
                    AND %1$s >= :minX AND %1$s < :maxX AND %2$s >= :minY AND %2$s < :maxY%3$s
                ) cells
                GROUP BY cx, cy
                HAVING COUNT(*) >= :minCount
                """.formatted(columns.x(), columns.y(), filters);
        return new Statement(sql, params);
    }
}
