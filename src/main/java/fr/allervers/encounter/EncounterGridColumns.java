package fr.allervers.encounter;

import java.util.List;

import fr.allervers.geo.MetricGrid;

/**
 * Where the encounter table keeps the metres of a grid, so that a query by position is written once for every part
 * of France. Lambert-93 reads {@code x_l93}/{@code y_l93} with no further condition: the metropolitan queries, and the
 * PostGIS index they use, are the same as before overseas support. An overseas grid reads {@code x_grid}/{@code y_grid}
 * of the rows stamped with its EPSG code, indexed the same way on PostGIS (db/migration/postgresql V32).
 *
 * @param gridCondition {@code ""} or {@code " AND grid_epsg = <code>"}; the code is a constant of {@link MetricGrid},
 *        written as a literal so that PostgreSQL can match the partial index
 */
public record EncounterGridColumns(String x, String y, String gridCondition) {

    public static EncounterGridColumns of(MetricGrid grid) {
        return grid == MetricGrid.LAMBERT_93 ? new EncounterGridColumns("x_l93", "y_l93", "")
                : new EncounterGridColumns("x_grid", "y_grid", " AND grid_epsg = " + grid.epsg());
    }

    /** The 1 km columns from minX to maxX, as {@link Lambert93Columns#between}: the same narrowing in every grid. */
    public static List<Double> between(double minX, double maxX) {
        return Lambert93Columns.between(minX, maxX);
    }

    /** Must match the expression of the PostGIS indexes: {@code FLOOR(x / 1000)}. */
    public String columnPredicate() {
        return "FLOOR(" + x + " / 1000) IN (:xColumns)";
    }

    /** @return " AND " + the column predicate, or "" when {@code columns} is empty */
    public String and(List<Double> columns) {
        return columns.isEmpty() ? "" : " AND " + columnPredicate();
    }
}
