package fr.allervers.encounter;

import java.util.ArrayList;
import java.util.List;

/**
 * Narrows a search of encounters by Lambert-93 rectangle to the 1 km columns of x it crosses (overseas grids are
 * narrowed the same way: {@link EncounterGridColumns}).
 * <p>
 * A B-tree on (x, y) can only bound x: a 10 km wide viewport then walks the whole 10 km strip of the department,
 * four times more entries than the viewport holds. On PostGIS the encounters are indexed by
 * (consortium, column of x, y) — see db/migration/postgresql V12 — so that with the columns listed, each column is
 * one contiguous range of y in the index. The predicate is exactly redundant with the x bounds, so it changes no
 * result; on H2, which has no expression index, it is a cheap filter.
 */
public final class Lambert93Columns {

    /** Must match the expression of the PostGIS index: {@code FLOOR(x_l93 / 1000)}. */
    public static final String PREDICATE = "FLOOR(x_l93 / 1000) IN (:xColumns)";

    /** Beyond this many columns (a region rather than a viewport) the predicate is left out: it would not narrow. */
    private static final int MAX_COLUMNS = 200;

    private Lambert93Columns() {
    }

    /** @return the columns from minX to maxX included, or an empty list when the predicate should be left out */
    public static List<Double> between(double minX, double maxX) {
        double first = Math.floor(minX / 1000);
        double last = Math.floor(maxX / 1000);
        if (!(last >= first) || last - first + 1 > MAX_COLUMNS) {
            return List.of();
        }
        List<Double> columns = new ArrayList<>();
        for (double column = first; column <= last; column++) {
            columns.add(column);
        }
        return columns;
    }

    /** @return " AND " + the predicate, or "" when {@code columns} is empty */
    public static String and(List<Double> columns) {
        return columns.isEmpty() ? "" : " AND " + PREDICATE;
    }
}
