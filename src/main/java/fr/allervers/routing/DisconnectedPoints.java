package fr.allervers.routing;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns failed point-to-point routes into a list of unreachable points: repeatedly drops the point involved in the
 * most failures until every remaining pair has a route. One-way islands or closed gates end up here.
 */
final class DisconnectedPoints {

    private final List<LonLat> points;
    private final boolean[] usable;
    private final boolean[][] failed;

    DisconnectedPoints(List<LonLat> points, boolean[] usable, boolean[][] failed) {
        this.points = points;
        this.usable = usable.clone();
        this.failed = failed;
    }

    List<UnreachablePoint> remove() {
        List<UnreachablePoint> removed = new ArrayList<>();
        int worst;
        while ((worst = mostFailing()) >= 0) {
            usable[worst] = false;
            removed.add(new UnreachablePoint(worst, points.get(worst),
                    "aucun itinéraire vers ou depuis les autres lieux de la tournée"));
        }
        return removed;
    }

    private int mostFailing() {
        int worst = -1;
        int worstCount = 0;
        for (int i = 0; i < usable.length; i++) {
            int count = failuresOf(i);
            if (count > worstCount) {
                worst = i;
                worstCount = count;
            }
        }
        return worst;
    }

    private int failuresOf(int i) {
        if (!usable[i]) {
            return 0;
        }
        int count = 0;
        for (int j = 0; j < usable.length; j++) {
            if (usable[j] && (failed[i][j] || failed[j][i])) {
                count++;
            }
        }
        return count;
    }
}
