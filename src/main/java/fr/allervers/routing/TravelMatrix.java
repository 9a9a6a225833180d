package fr.allervers.routing;

import java.util.BitSet;
import java.util.List;

/**
 * Pairwise travel durations and distances between a list of points, plus the points that could not be reached.
 *
 * <p>Entries that involve an unreachable point are meaningless, so reading them throws instead of returning a
 * number that the solver would happily use.
 */
public final class TravelMatrix {

    private final List<LonLat> points;
    private final long[][] durationSeconds;
    private final double[][] distanceMetres;
    private final List<UnreachablePoint> unreachable;
    private final BitSet unreachableIndexes = new BitSet();

    public TravelMatrix(List<LonLat> points, long[][] durationSeconds, double[][] distanceMetres,
            List<UnreachablePoint> unreachable) {
        int n = points.size();
        if (durationSeconds.length != n || distanceMetres.length != n) {
            throw new IllegalArgumentException("Matrix size does not match the " + n + " points");
        }
        this.points = List.copyOf(points);
        this.durationSeconds = durationSeconds;
        this.distanceMetres = distanceMetres;
        this.unreachable = List.copyOf(unreachable);
        unreachable.forEach(u -> unreachableIndexes.set(u.index()));
    }

    public int size() {
        return points.size();
    }

    public List<LonLat> points() {
        return points;
    }

    public List<UnreachablePoint> unreachable() {
        return unreachable;
    }

    public boolean isReachable(int index) {
        return !unreachableIndexes.get(index);
    }

    public long durationSeconds(int from, int to) {
        checkReachable(from, to);
        return durationSeconds[from][to];
    }

    public double distanceMetres(int from, int to) {
        checkReachable(from, to);
        return distanceMetres[from][to];
    }

    private void checkReachable(int from, int to) {
        if (!isReachable(from) || !isReachable(to)) {
            throw new IllegalStateException("No travel time between unreachable points " + from + " and " + to);
        }
    }
}
