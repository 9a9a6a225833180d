package fr.allervers.routing;

import java.util.ArrayList;
import java.util.List;

import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.index.Snap;

/**
 * Road durations and distances between already snapped points with one search per source instead of one route per
 * pair: the snaps are inserted together into a single {@link QueryGraph}, then {@link OneToManySearch} grows one
 * shortest-path tree from each source on the base (uncontracted) graph, stopping as soon as the last target of that
 * row is settled.
 *
 * <p>The tree uses the profile's own weighting, wrapped by the query graph exactly as GraphHopper's router wraps it,
 * so each entry is the path that a point-to-point {@code route} picks, with the same time (sum of the edges'
 * {@code calcEdgeMillis}) and distance. Profiles have no turn costs, so the search is node based like the router's.
 */
final class OneToManyRoadMatrix {

    /** Durations in seconds, distances in metres; {@code failed[i][j]} when no path leads from i to j. */
    record Result(long[][] durationSeconds, double[][] distanceMetres, boolean[][] failed) {
    }

    private OneToManyRoadMatrix() {
    }

    /**
     * @param snaps one valid snap per usable point and {@code null} for the others (their rows and columns stay 0
     *              and are never marked failed); the snaps are consumed: the query graph moves them onto its
     *              virtual nodes.
     */
    static Result compute(BaseGraph graph, Weighting weighting, List<Snap> snaps) {
        int n = snaps.size();
        long[][] durations = new long[n][n];
        double[][] distances = new double[n][n];
        boolean[][] failed = new boolean[n][n];
        List<Snap> valid = new ArrayList<>();
        snaps.stream().filter(s -> s != null).forEach(valid::add);
        if (valid.size() < 2) {
            return new Result(durations, distances, failed);
        }
        QueryGraph queryGraph = QueryGraph.create(graph, valid);
        int[] nodes = new int[n];
        for (int i = 0; i < n; i++) {
            nodes[i] = snaps.get(i) == null ? -1 : snaps.get(i).getClosestNode();
        }
        OneToManySearch search = new OneToManySearch(queryGraph, queryGraph.wrapWeighting(weighting));
        for (int i = 0; i < n; i++) {
            if (nodes[i] < 0) {
                continue;
            }
            search.run(nodes[i], nodes);
            for (int j = 0; j < n; j++) {
                if (j == i || nodes[j] < 0 || nodes[j] == nodes[i]) {
                    continue; // same place on the road network: 0 s and 0 m, as a route would say
                }
                if (!search.found(nodes[j])) {
                    failed[i][j] = true;
                    continue;
                }
                durations[i][j] = Math.round(search.millisTo(nodes[j]) / 1000.0);
                distances[i][j] = search.metresTo(nodes[j]);
            }
        }
        return new Result(durations, distances, failed);
    }
}
