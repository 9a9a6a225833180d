package fr.allervers.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.graphhopper.ResponsePath;

/**
 * The road matrix as it was computed before the one-to-many searches: one GraphHopper route per ordered pair. Kept
 * in the tests as the reference the matrix must agree with, and as the "before" figure of the road matrix benchmark.
 */
public final class PointToPointMatrix {

    private PointToPointMatrix() {
    }

    public static TravelMatrix compute(GraphHopperTravelTimeProvider provider, List<LonLat> points, TravelMode mode) {
        int n = points.size();
        List<UnreachablePoint> unreachable = new ArrayList<>();
        boolean[] usable = new boolean[n];
        for (int i = 0; i < n; i++) {
            Optional<String> problem = provider.snapProblem(points.get(i), mode);
            usable[i] = problem.isEmpty();
            final int index = i;
            problem.ifPresent(reason -> unreachable.add(new UnreachablePoint(index, points.get(index), reason)));
        }
        long[][] durations = new long[n][n];
        double[][] distances = new double[n][n];
        boolean[][] failed = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j || !usable[i] || !usable[j]) {
                    continue;
                }
                Optional<ResponsePath> path = provider.route(points.get(i), points.get(j), mode, false);
                failed[i][j] = path.isEmpty();
                if (path.isPresent()) {
                    durations[i][j] = Math.round(path.get().getTime() / 1000.0);
                    distances[i][j] = path.get().getDistance();
                }
            }
        }
        unreachable.addAll(new DisconnectedPoints(points, usable, failed).remove());
        return new TravelMatrix(points, durations, distances, unreachable);
    }
}
