package fr.allervers.heatmap;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The heatmap as published to anyone who may only see aggregates (funders), built so that no set of answers can be
 * combined to single out fewer than k encounters or to place them closer than a 500 m cell.
 * <p>
 * Two probes motivated it (issue #13): with any cell size from 500 m, each size shifting the grid, intersecting the
 * busiest cells of 60 sizes located a 115 hotel to about 8 m; with periods to the second, each answer suppressed on
 * its own, a binary search on {@code to} isolated single encounters. So:
 * <ul>
 * <li>cells have one of {@link #CELL_SIZES} (500, 1000, 2000, 4000 m), all on the origin of the grid, each twice the
 * one below: every cell is exactly four cells of the size below, so any intersection of cells is a cell of at least
 * 500 m. (5000 m was left out: a 2000 m cell is not a part of a 5000 m cell, and their differences would be strips
 * no answer covers whole.)</li>
 * <li>periods are whole months, and what is published is built from <em>atoms</em>, each counted and hidden on its
 * own: a month of a 500 m cell, shown when it holds at least k encounters; then, climbing the sizes, a month of a
 * larger cell adds the encounters its four parts left hidden when together they reach k. A period is the sum of its
 * months. Every answer is thus a sum of atoms, each of 0 or at least k encounters, over disjoint sets of
 * encounters: the difference between two periods, or between a cell and its parts, is again a sum of atoms and
 * never fewer than k encounters.</li>
 * </ul>
 * The price: a cell's figures count only what is shown (a cell of 3 encounters a month shows nothing, month after
 * month, unless its neighbours lift it at a larger size). The half-life is fixed as well (the controller checks it).
 */
final class PublishedHeatmap {

    /** The cell sides a published heatmap may have, in metres. */
    static final List<Double> CELL_SIZES = List.of(500.0, 1000.0, 2000.0, 4000.0);
    /** The side of the smallest cell, of which all the others are made. */
    static final double BASE_CELL = 500;
    /** The size when the request names none. */
    static final double DEFAULT_CELL = 1000;

    /** A cell of a grid: floor(x / side), floor(y / side). */
    record Key(long column, long row) {

        /** The cell twice as large holding this one. */
        Key parent() {
            return new Key(Math.floorDiv(column, 2), Math.floorDiv(row, 2));
        }
    }

    /** Encounters counted together: how many, how many people, their decayed weight. */
    record Tally(long count, long people, double weight) {

        Tally plus(Tally other) {
            return new Tally(count + other.count, people + other.people, weight + other.weight);
        }

        Tally weighted(double factor) {
            return new Tally(count, people, weight * factor);
        }
    }

    private PublishedHeatmap() {
    }

    /** @return the asked cell side, if it is one of {@link #CELL_SIZES}; the default when none is asked */
    static double cellSize(Double requested) {
        if (requested == null) {
            return DEFAULT_CELL;
        }
        if (!CELL_SIZES.contains(requested)) {
            throw new IllegalArgumentException(String.format(Locale.FRANCE, "maille de %s m refusée en vue agrégée :"
                    + " %s m seulement, sur une grille fixe", plain(requested), CELL_SIZES.stream()
                    .map(PublishedHeatmap::plain).collect(Collectors.joining(", "))));
        }
        return requested;
    }

    /**
     * @param months for each month of the period, its encounters per base cell (500 m)
     * @param side one of {@link #CELL_SIZES}
     * @return each cell of that side with what may be shown of it over the period; cells showing nothing are left out
     */
    static Map<Key, Tally> publish(List<Map<Key, Tally>> months, double side, int k) {
        if (!CELL_SIZES.contains(side)) {
            throw new IllegalArgumentException("not a published cell size: " + side);
        }
        Map<Key, Tally> period = new HashMap<>();
        for (Map<Key, Tally> month : months) {
            publishMonth(month, side, k).forEach((key, tally) -> period.merge(key, tally, Tally::plus));
        }
        return period;
    }

    private static Map<Key, Tally> publishMonth(Map<Key, Tally> base, double side, int k) {
        Map<Key, Tally> shown = new HashMap<>();
        Map<Key, Tally> held = new HashMap<>();
        for (Map.Entry<Key, Tally> cell : base.entrySet()) {
            (cell.getValue().count() >= k ? shown : held).put(cell.getKey(), cell.getValue());
        }
        for (double size = BASE_CELL * 2; size <= side; size *= 2) {
            Map<Key, Tally> shownAbove = new HashMap<>();
            Map<Key, Tally> heldAbove = new HashMap<>();
            shown.forEach((key, tally) -> shownAbove.merge(key.parent(), tally, Tally::plus));
            held.forEach((key, tally) -> heldAbove.merge(key.parent(), tally, Tally::plus));
            // What the four parts held back is shown with the larger cell once it is k encounters together.
            for (Iterator<Map.Entry<Key, Tally>> it = heldAbove.entrySet().iterator(); it.hasNext();) {
                Map.Entry<Key, Tally> rest = it.next();
                if (rest.getValue().count() >= k) {
                    shownAbove.merge(rest.getKey(), rest.getValue(), Tally::plus);
                    it.remove();
                }
            }
            shown = shownAbove;
            held = heldAbove;
        }
        return shown;
    }

    private static String plain(double metres) {
        return metres == Math.rint(metres) ? String.valueOf((long) metres) : String.valueOf(metres);
    }
}
